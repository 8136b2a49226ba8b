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
            Chunk c = of(m);
            if (c != null) {
                chunks.add(c);
            }
        }
        return chunks;
    }

    /** One message's chunk; null for a message of no bytes (a TCP event), which a writer leaves out. */
    public static Chunk of(Message m) {
        return m.length() > 0 ? new Chunk(m.direction(), m.timestampNanos(), m.wire()) : null;
    }

    /**
     * The first known time among the chunks of the first {@code rows} messages (what a writer started before the
     * chunks come stamps its beginning before), 0 when none of them has one.
     */
    public static long firstTime(java.util.function.IntFunction<Message> messages, int rows) {
        for (int i = 0; i < rows; i++) {
            Message m = messages.apply(i);
            if (m.length() > 0 && m.timestampNanos() > 0) {
                return m.timestampNanos();
            }
        }
        return 0;
    }
}
