package wsinspector.ui.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wsinspector.dissect.Chunk;
import wsinspector.net.Source;
import wsinspector.net.TapEvent;
import wsinspector.net.TapListener;

/**
 * Feeds a wire tap into the session: each opened connection becomes a conversation, its bytes are
 * dissected here on the tap's thread (never the FX thread), and the messages reach the FX thread in
 * batches through a {@link FxBatcher}, so thousands of frames a second keep the window responsive.
 * Register it with {@code wireTap.addListener(feed)}.
 */
public final class SessionFeed implements TapListener {
    private final Session session;
    private final FxBatcher batcher;
    private final boolean follow;
    private final Map<Key, ConversationFeed> feeds = new HashMap<>();

    /**
     * @param follow whether each new connection is put on screen as it opens (otherwise it is only listed,
     *               unless nothing is on screen)
     */
    public SessionFeed(Session session, FxBatcher batcher, boolean follow) {
        this.session = session;
        this.batcher = batcher;
        this.follow = follow;
    }

    @Override
    public void onEvents(List<TapEvent> batch) {
        Map<Key, List<Chunk>> bytes = new LinkedHashMap<>();
        for (TapEvent event : batch) {
            if (event instanceof TapEvent.Opened o) {
                flush(bytes);
                opened(o);
            } else if (event instanceof TapEvent.Bytes b) {
                bytes.computeIfAbsent(new Key(b.source(), b.connection()), k -> new ArrayList<>()).add(b.chunk());
            } else if (event instanceof TapEvent.Closed c) {
                flush(bytes);
                closed(c);
            } else if (event instanceof TapEvent.Dropped d) {
                batcher.run(() -> session.addDropped(d.count()));
            }
        }
        flush(bytes);
    }

    private void opened(TapEvent.Opened o) {
        Conversation c = new Conversation(o.peer(), Conversation.Origin.LIVE,
                "conversation." + o.source().name().toLowerCase(java.util.Locale.ROOT), o.connection(), o.peer());
        feeds.put(new Key(o.source(), o.connection()), new ConversationFeed(c, batcher));
        batcher.run(() -> {
            if (follow) {
                session.add(c);
            } else {
                session.addInBackground(c);
            }
        });
    }

    private void closed(TapEvent.Closed c) {
        ConversationFeed feed = feeds.remove(new Key(c.source(), c.connection()));
        if (feed != null) {
            feed.finish();
        }
    }

    private void flush(Map<Key, List<Chunk>> bytes) {
        for (Map.Entry<Key, List<Chunk>> e : bytes.entrySet()) {
            if (!feeds.containsKey(e.getKey())) {
                // its Opened event was dropped: it still gets its conversation
                opened(new TapEvent.Opened(e.getKey().connection(), e.getKey().source(), "?", 0L));
            }
            feeds.get(e.getKey()).acceptAll(e.getValue());
        }
        bytes.clear();
    }

    private record Key(Source source, long connection) {
    }
}
