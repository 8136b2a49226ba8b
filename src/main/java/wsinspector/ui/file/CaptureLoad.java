package wsinspector.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import wsinspector.capture.DumpFormat;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;

/**
 * Reads a capture or dump and indexes it off the FX thread, with progress and cancel. The messages reach
 * the conversation while the file is still being read, through an {@link FxBatcher} (one hand-over per
 * interval, so the FX thread does one list update per batch, however fast indexing goes): the first
 * messages show within a moment on a file of any size. No field tree is built here; the inspector builds
 * the selected message's. Fails with the reader's {@code DumpException}, whose message is for people.
 */
final class CaptureLoad extends Task<CaptureLoad.Result> {
    /** What was loaded: the messages are in the conversation by the time this is seen. */
    record Result(Path file, DumpFormat format, long messages) {
    }

    private final Path file;
    private final Conversation conversation;
    private final FxBatcher batcher;
    private final Consumer<Message> onFirstMessage;
    private final List<Message> batch = new ArrayList<>();
    private long count;
    private long read;

    /**
     * @param onFirstMessage runs on the FX thread once the first messages are in the conversation (the
     *                       window shows the conversation and selects its first message)
     */
    CaptureLoad(Path file, Conversation conversation, FxBatcher batcher, Consumer<Message> onFirstMessage) {
        this.file = file;
        this.conversation = conversation;
        this.batcher = batcher;
        this.onFirstMessage = onFirstMessage;
    }

    @Override
    protected Result call() throws Exception {
        long size = Math.max(1, Files.size(file));
        Dissector dissector = new Dissector(batch::add);
        DumpFormat format = DumpReader.stream(file, null, f -> { }, chunk -> {
            if (isCancelled()) {
                throw new CancellationException();
            }
            dissector.accept(chunk);
            read += chunk.bytes().length;
            updateProgress(Math.min(read, size), size);
            handOver();
        });
        dissector.finish();
        handOver();
        // Every message is in the conversation before the load reports success.
        CountDownLatch delivered = new CountDownLatch(1);
        batcher.run(delivered::countDown);
        delivered.await();
        return new Result(file, format, count);
    }

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        boolean first = count == 0;
        Message firstMessage = batch.get(0);
        count += batch.size();
        batcher.append(conversation, List.copyOf(batch));
        batch.clear();
        if (first) {
            batcher.run(() -> onFirstMessage.accept(firstMessage));
        }
    }
}
