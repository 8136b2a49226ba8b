package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.Phrase;

/** A listener that throws never keeps the other listeners from hearing; its failure is told to them as a fault. */
class ServerEventsTest {
    private final ServerEvents events = new ServerEvents();
    private final List<String> heard = new ArrayList<>();
    private final ConnectionInfo info = new ConnectionInfo(7, "127.0.0.1:50000", HandshakeKind.RFC6455, "/", null, false, 0);

    /** Throws on every event, its fault too. */
    private static final ConnectionListener BROKEN = new ConnectionListener() {
        @Override
        public void opened(ConnectionInfo connection) {
            throw new IllegalStateException("broken listener");
        }

        @Override
        public void closed(ConnectionInfo connection, int closeCode, Phrase reason) {
            throw new IllegalStateException("broken listener");
        }

        @Override
        public void serverFault(Phrase what) {
            throw new IllegalStateException("broken listener");
        }
    };

    private final ConnectionListener recorder = new ConnectionListener() {
        @Override
        public void opened(ConnectionInfo connection) {
            heard.add("opened " + connection.id());
        }

        @Override
        public void closed(ConnectionInfo connection, int closeCode, Phrase reason) {
            heard.add("closed " + connection.id() + " " + closeCode);
        }

        @Override
        public void refused(long connection, String peer, int status, Phrase reason) {
            heard.add("refused " + connection + " " + status);
        }

        @Override
        public void readingPaused(long connection, String peer, Phrase why) {
            heard.add("paused " + connection);
        }

        @Override
        public void serverFault(Phrase what) {
            heard.add("fault " + what.key());
        }
    };

    @Test
    void aBrokenListenerBeforeAnotherIsToldAsAFaultAndTheOtherStillHears() {
        events.add(BROKEN);
        events.add(recorder);
        events.opened(info);
        events.closed(info, 1000, null);
        assertEquals(List.of("fault net.fault.listener", "opened 7", "fault net.fault.listener", "closed 7 1000"), heard);
    }

    @Test
    void everyEventReachesEachListenerUntilItIsRemoved() {
        events.add(recorder);
        events.refused(3, "10.0.0.2:4000", 429, null);
        events.readingPaused(7, info.peer(), Phrase.of("net.conn.reading-paused", 1));
        events.fault(Phrase.of("net.fault.accept", "too many open files"), new java.io.IOException("too many open files"));
        events.remove(recorder);
        events.opened(info);
        assertEquals(List.of("refused 3 429", "paused 7", "fault net.fault.accept"), heard);
    }
}
