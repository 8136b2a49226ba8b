package wsinspector.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.concurrent.Task;
import wsinspector.capture.Dump;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/**
 * Reads a dump and dissects it off the FX thread, with progress and cancel. The dissector is fed
 * slices of at most 64 KiB (it gives the same messages for any split), so a large raw file shows
 * progress and stops soon after Cancel. Fails with the reader's {@code DumpException}, whose
 * message is for people.
 */
final class CaptureLoad extends Task<CaptureLoad.Result> {
    static final int SLICE = 64 * 1024;

    /** What was loaded. */
    record Result(Path file, Dump dump, List<Message> messages) {
    }

    private final Path file;

    CaptureLoad(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    protected Result call() throws Exception {
        Dump dump = DumpReader.read(file, null);
        long total = Math.max(1, dump.chunks().stream().mapToLong(c -> c.bytes().length).sum());
        List<Message> messages = new ArrayList<>();
        Dissector dissector = new Dissector(messages::add);
        long done = 0;
        for (Chunk chunk : dump.chunks()) {
            byte[] bytes = chunk.bytes();
            for (int off = 0; off < bytes.length; off += SLICE) {
                if (isCancelled()) {
                    return null;
                }
                byte[] slice = bytes.length <= SLICE ? bytes : Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + SLICE));
                dissector.accept(new Chunk(chunk.direction(), chunk.timestampNanos(), slice));
                done += slice.length;
                updateProgress(done, total);
            }
        }
        dissector.finish();
        return new Result(file, dump, messages);
    }
}
