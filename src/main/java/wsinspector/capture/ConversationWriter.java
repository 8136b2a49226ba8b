package wsinspector.capture;

import java.io.IOException;

import wsinspector.dissect.Chunk;

/**
 * A conversation being written to a file chunk by chunk, in the format {@link SaveFormat} names: a capture of a
 * million frames is saved without the whole of it (its chunks, its packets, its text) held in memory at once.
 */
public interface ConversationWriter {
    /** Writes the next chunk (one message's bytes, with its direction and time). */
    void add(Chunk chunk) throws IOException;

    /** Writes what ends the file (a TCP close, the last buffered text) and flushes it; the stream stays open. */
    void finish() throws IOException;
}
