package wsinspector.ui.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;

import javafx.concurrent.Task;
import wsinspector.capture.ConversationWriter;
import wsinspector.capture.MessageChunks;
import wsinspector.capture.PcapngWriter;
import wsinspector.capture.SaveFormat;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Message;

/**
 * Writes a conversation's messages to a file off the FX thread, one message at a time (a loaded capture's are made
 * again from its index as they are written, so a million frames take no more memory than a few), with progress and
 * Cancel. The file is written beside its place under a temporary name and put there only when whole: a save
 * cancelled or failed leaves no half file, and an older file of that name as it was. The value is the messages written.
 */
final class SaveTask extends Task<Long> {
    /** How many messages are written between two looks at Cancel and two progress reports. */
    private static final int ROWS_PER_STEP = 2048;
    /** How many first messages are looked at for the conversation's first known time (a pcapng's handshake precedes it). */
    private static final int ROWS_FOR_FIRST_TIME = 1024;

    private final Path file;
    private final SaveFormat format;
    private final String comment;
    private final IntFunction<Message> rows;
    private final int count;

    /**
     * @param rows  the conversation's messages by row, readable from another thread (a loaded capture's index, or a
     *              copy of a live conversation's list)
     * @param count how many rows to write: those on screen when the save began
     */
    SaveTask(Path file, SaveFormat format, String comment, IntFunction<Message> rows, int count) {
        this.file = file;
        this.format = format;
        this.comment = comment;
        this.rows = rows;
        this.count = count;
    }

    Path file() {
        return file;
    }

    @Override
    protected Long call() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        try {
            long written = write(part);
            move(part);
            return written;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private long write(Path part) throws IOException {
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            ConversationWriter writer = format.open(out, comment, PcapngWriter.DEFAULT_CLIENT_PORT,
                    PcapngWriter.DEFAULT_SERVER_PORT, MessageChunks.firstTime(rows, Math.min(count, ROWS_FOR_FIRST_TIME)));
            for (int row = 0; row < count; row++) {
                if (row % ROWS_PER_STEP == 0) {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(row, count);
                }
                Chunk chunk = MessageChunks.of(rows.apply(row));
                if (chunk != null) {
                    writer.add(chunk);
                    written++;
                }
            }
            writer.finish();
        }
        updateProgress(count, count);
        return written;
    }

    /** The whole file in its place, over an older one of that name. */
    private void move(Path part) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException elsewhere) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
