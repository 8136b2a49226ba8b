package wsinspector.net;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import wsinspector.protocol.Phrase;

/**
 * What the echo server tells its {@link ConnectionListener}s (the window's server pane, {@code serve}'s log): each
 * listener is told apart, from any thread, and one that throws is told as a fault of the server to the others, so
 * a failing listener never stops the server nor keeps the other listeners from hearing.
 */
final class ServerEvents {
    private static final Logger LOG = Logger.getLogger(EchoServer.class.getName());

    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();

    void add(ConnectionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(ConnectionListener listener) {
        listeners.remove(listener);
    }

    void opened(ConnectionInfo info) {
        tell(l -> l.opened(info));
    }

    void refused(long connection, String peer, int status, Phrase reason) {
        tell(l -> l.refused(connection, peer, status, reason));
    }

    void closed(ConnectionInfo info, int closeCode, Phrase reason) {
        tell(l -> l.closed(info, closeCode, reason));
    }

    void readingPaused(long connection, String peer, Phrase why) {
        tell(l -> l.readingPaused(connection, peer, why));
    }

    /**
     * Something failed inside the server: told to the listeners, who say it in their reader's language; the
     * exception goes to java.util.logging at FINE only, for whoever debugs the server (never English on a user's
     * console).
     */
    void fault(Phrase what, Exception e) {
        LOG.log(Level.FINE, "echo server fault: " + what.key(), e);
        for (ConnectionListener l : listeners) {
            try {
                l.serverFault(what);
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "a connection listener failed to hear of a fault", failed);
            }
        }
    }

    private void tell(Consumer<ConnectionListener> event) {
        for (ConnectionListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                fault(ConnectionWords.fault("listener", e), e);
            }
        }
    }
}
