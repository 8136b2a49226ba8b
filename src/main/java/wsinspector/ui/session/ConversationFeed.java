package wsinspector.ui.session;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/**
 * Feeds the bytes of one live conversation into its {@link Dissector} on the producer's thread
 * (never the FX thread) and hands the messages to the FX thread through a {@link FxBatcher}.
 * One owner thread at a time, as the dissector requires.
 */
public final class ConversationFeed {
    private final Conversation conversation;
    private final FxBatcher batcher;
    private final List<Message> out = new ArrayList<>();
    private final Dissector dissector = new Dissector(out::add);

    public ConversationFeed(Conversation conversation, FxBatcher batcher) {
        this.conversation = conversation;
        this.batcher = batcher;
    }

    public Conversation conversation() {
        return conversation;
    }

    /** Dissects a chunk and queues the messages it completed. */
    public void accept(Chunk chunk) {
        dissector.accept(chunk);
        flush();
    }

    /** Dissects several chunks and queues their messages as one batch. */
    public void acceptAll(List<Chunk> chunks) {
        chunks.forEach(dissector::accept);
        flush();
    }

    /** The connection ended: what is left becomes truncated frames or undecoded bytes. */
    public void finish() {
        dissector.finish();
        flush();
        batcher.run(conversation::markClosed);
    }

    private void flush() {
        if (!out.isEmpty()) {
            batcher.append(conversation, List.copyOf(out));
            out.clear();
        }
    }
}
