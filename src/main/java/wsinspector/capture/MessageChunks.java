package wsinspector.capture;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Message;

/**
 * Dissected messages back as chunks: one per message, with the direction the dissector gave it
 * (inferred for a dump without markers) and the time it completed. What a writer needs to save a
 * conversation, whatever it was read from.
 */
public final class MessageChunks {
    private MessageChunks() {
    }

    public static List<Chunk> of(List<Message> messages) {
        List<Chunk> chunks = new ArrayList<>(messages.size());
        for (Message m : messages) {
            if (m.length() > 0) {
                chunks.add(new Chunk(m.direction(), m.timestampNanos(), m.wire()));
            }
        }
        return chunks;
    }
}
