package wsinspector.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Message;
import wsinspector.net.Source;
import wsinspector.net.TapEvent;
import wsinspector.net.WireTap;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/** A wire tap's events become conversations with their dissected messages; the "FX thread" here is the test's. */
class SessionFeedTest {
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final Session session = new Session();

    @Test
    void aTappedConnectionBecomesAConversationWithItsMessages() throws Exception {
        try (FxBatcher batcher = new FxBatcher(fx::add, Duration.ofMillis(1)); WireTap tap = new WireTap(1024)) {
            tap.addListener(new SessionFeed(session, batcher, true));
            long id = tap.nextConnectionId(Source.SERVER);
            tap.record(new TapEvent.Opened(id, Source.SERVER, "127.0.0.1:50001", 0L));
            for (Chunk chunk : SampleDumps.courseNotes()) {
                tap.record(new TapEvent.Bytes(id, Source.SERVER, chunk));
            }
            tap.record(new TapEvent.Closed(id, Source.SERVER, 1000, wsinspector.protocol.Phrase.of("net.conn.reason", "bye"), 0L));

            Conversation c = runFxUntil(() -> session.current() != null && !session.current().openProperty().get());
            assertEquals(Conversation.Origin.LIVE, c.origin());
            assertEquals(8, c.messages().size());
            assertEquals(Message.Kind.HANDSHAKE_REQUEST, c.messages().get(0).kind());
            // the server's side of a connection: its peer, the client, comes to it as the timeline's arrows do (W5-10)
            assertEquals("Server #" + id + " ← 127.0.0.1:50001", c.label(new I18n(I18n.ENGLISH)));
            assertEquals("Сервер №" + id + " ← 127.0.0.1:50001", c.label(new I18n(I18n.RUSSIAN)));
        }
    }

    @Test
    void aSecondConnectionIsOnlyListedWhenNotFollowing() {
        try (FxBatcher batcher = new FxBatcher(fx::add, Duration.ofMillis(1))) {
            SessionFeed feed = new SessionFeed(session, batcher, false);
            feed.onEvents(List.of(new TapEvent.Opened(1, Source.SERVER, "a", 0L), new TapEvent.Opened(2, Source.CLIENT, "b", 0L)));
            runFx();
            assertEquals(2, session.conversations().size());
            assertSame(session.conversations().get(0), session.current());
        }
    }

    @Test
    void droppedEventsAreCountedNotHidden() {
        try (FxBatcher batcher = new FxBatcher(fx::add, Duration.ofMillis(1))) {
            SessionFeed feed = new SessionFeed(session, batcher, true);
            feed.onEvents(List.of(new TapEvent.Dropped(7)));
            feed.onEvents(List.of(new TapEvent.Dropped(3)));
            runFx();
            runFx();
            assertEquals(10, session.droppedProperty().get());
        }
    }

    @Test
    void bytesOfAConnectionWhoseOpeningWasDroppedStillGetAConversation() {
        try (FxBatcher batcher = new FxBatcher(fx::add, Duration.ofMillis(1))) {
            SessionFeed feed = new SessionFeed(session, batcher, true);
            feed.onEvents(List.of(new TapEvent.Bytes(9, Source.CLIENT, SampleDumps.courseNotes().get(0))));
            runFx();
            assertNotNull(session.current());
            assertEquals(1, session.current().messages().size());
        }
    }

    private void runFx() {
        Runnable r;
        while ((r = fx.poll()) != null) {
            r.run();
        }
    }

    private Conversation runFxUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        return session.current();
    }
}
