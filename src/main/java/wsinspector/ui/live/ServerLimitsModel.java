package wsinspector.ui.live;

import java.time.Duration;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.ServerLimits;

/**
 * The echo server's limits as the server pane sets them (a class's defence against hostile or forgetful clients):
 * the time and size of an opening handshake, how many handshakes may wait and how many connections may be open,
 * fragments per message, inflated size, bytes queued for a client that does not read and how long it may stay so,
 * and idle time. They apply at start, as {@code serve}'s options of the same names do.
 */
public final class ServerLimitsModel {
    private final IntegerProperty handshakeSeconds =
            new SimpleIntegerProperty((int) EchoServerOptions.DEFAULT_HANDSHAKE_TIMEOUT.toSeconds());
    private final IntegerProperty idleSeconds =
            new SimpleIntegerProperty((int) EchoServerOptions.DEFAULT_IDLE_TIMEOUT.toSeconds());
    private final IntegerProperty maxHeadBytes = new SimpleIntegerProperty(ServerLimits.DEFAULT_MAX_HEAD_BYTES);
    private final IntegerProperty maxPending = new SimpleIntegerProperty(ServerLimits.DEFAULT_MAX_PENDING_HANDSHAKES);
    private final IntegerProperty maxConnections = new SimpleIntegerProperty(ServerLimits.DEFAULT_MAX_CONNECTIONS);
    private final IntegerProperty maxFragments = new SimpleIntegerProperty(ServerLimits.DEFAULT_MAX_FRAGMENTS);
    private final IntegerProperty maxInflatedKiB =
            new SimpleIntegerProperty((int) (ServerLimits.DEFAULT_MAX_INFLATED_BYTES / 1024));
    private final IntegerProperty maxQueuedKiB =
            new SimpleIntegerProperty((int) (ServerLimits.DEFAULT_MAX_QUEUED_BYTES / 1024));
    private final IntegerProperty stalledSeconds =
            new SimpleIntegerProperty((int) ServerLimits.DEFAULT_STALLED_TIMEOUT.toSeconds());

    /** Seconds a client has to send its whole opening handshake (the slowloris defence); 0 for never. */
    public IntegerProperty handshakeSecondsProperty() {
        return handshakeSeconds;
    }

    /** Seconds an open connection may stay silent before it is closed with 1001; 0 for never. */
    public IntegerProperty idleSecondsProperty() {
        return idleSeconds;
    }

    /** The longest opening handshake head (431 for a longer one). */
    public IntegerProperty maxHeadBytesProperty() {
        return maxHeadBytes;
    }

    /** How many connections may be in their opening handshake at once (503 for one more). */
    public IntegerProperty maxPendingProperty() {
        return maxPending;
    }

    /** How many WebSocket connections may be open at once (503 for one more). */
    public IntegerProperty maxConnectionsProperty() {
        return maxConnections;
    }

    /** How many frames one message may take (1008 for more). */
    public IntegerProperty maxFragmentsProperty() {
        return maxFragments;
    }

    /** KiB a compressed message may inflate to (1009 for more). */
    public IntegerProperty maxInflatedKiBProperty() {
        return maxInflatedKiB;
    }

    /** KiB that may wait for a client that does not read before the server stops reading from it. */
    public IntegerProperty maxQueuedKiBProperty() {
        return maxQueuedKiB;
    }

    /** Seconds a client may stay past the queued limit before it is closed with 1008. */
    public IntegerProperty stalledSecondsProperty() {
        return stalledSeconds;
    }

    /** The options with these limits, each kept within what the server takes. */
    public EchoServerOptions applyTo(EchoServerOptions options) {
        ServerLimits limits = new ServerLimits(Math.max(64, maxHeadBytes.get()), Math.max(1, maxPending.get()),
                Math.max(1, maxConnections.get()), Math.max(1, maxFragments.get()),
                Math.max(1, maxInflatedKiB.get()) * 1024L, Math.max(1, maxQueuedKiB.get()) * 1024L,
                Duration.ofSeconds(Math.max(0, stalledSeconds.get())));
        return options.withHandshakeTimeout(Duration.ofSeconds(Math.max(0, handshakeSeconds.get())))
                .withIdleTimeout(Duration.ofSeconds(Math.max(0, idleSeconds.get())))
                .withLimits(limits);
    }
}
