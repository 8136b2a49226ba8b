package wsinspector.net;

import java.time.Duration;

/**
 * What the echo server allows one client, beyond the message size, idle time and handshake time of
 * {@link EchoServerOptions}: the defence against a class's hostile or forgetful clients, so that nothing one client
 * does stops the others being served. Each limit, when hit, is answered (an HTTP status or a close code) and logged.
 *
 * @param maxHeadBytes         the longest opening handshake head; longer ones get 431
 * @param maxPendingHandshakes the most connections still in their opening handshake; more get 503
 * @param maxConnections       the most open WebSocket connections; more get 503
 * @param maxFragments         the most data frames one message may take; more close with 1008
 * @param maxInflatedBytes     the most bytes a compressed message may inflate to; more close with 1009
 * @param maxQueuedBytes       the most bytes waiting to be sent to a client that does not read; past it the
 *                             server stops reading from that client
 * @param stalledTimeout       how long a client may stay past {@code maxQueuedBytes} before it is closed with 1008
 */
public record ServerLimits(int maxHeadBytes, int maxPendingHandshakes, int maxConnections, int maxFragments,
                           long maxInflatedBytes, long maxQueuedBytes, Duration stalledTimeout) {

    /** The shortest head limit allowed: a request line and a Host header must fit. */
    public static final int MIN_HEAD_BYTES = 64;
    public static final int DEFAULT_MAX_HEAD_BYTES = 8 * 1024;
    public static final int DEFAULT_MAX_PENDING_HANDSHAKES = 5_000;
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int DEFAULT_MAX_FRAGMENTS = 10_000;
    public static final long DEFAULT_MAX_INFLATED_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_QUEUED_BYTES = 4L * 1024 * 1024;
    public static final Duration DEFAULT_STALLED_TIMEOUT = Duration.ofSeconds(30);

    public ServerLimits {
        if (maxHeadBytes < MIN_HEAD_BYTES || maxPendingHandshakes < 1 || maxConnections < 1 || maxFragments < 1
                || maxInflatedBytes < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("a limit is too small: head " + maxHeadBytes + " (at least " + MIN_HEAD_BYTES + "), pending "
                    + maxPendingHandshakes + ", connections " + maxConnections + ", fragments " + maxFragments
                    + ", inflated " + maxInflatedBytes + ", queued " + maxQueuedBytes + " (at least 1)");
        }
        stalledTimeout = stalledTimeout == null || stalledTimeout.isNegative() ? Duration.ZERO : stalledTimeout;
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_HEAD_BYTES, DEFAULT_MAX_PENDING_HANDSHAKES, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_FRAGMENTS, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_QUEUED_BYTES, DEFAULT_STALLED_TIMEOUT);
    }

    public ServerLimits withMaxHeadBytes(int n) {
        return new ServerLimits(n, maxPendingHandshakes, maxConnections, maxFragments, maxInflatedBytes, maxQueuedBytes,
                stalledTimeout);
    }

    public ServerLimits withMaxPendingHandshakes(int n) {
        return new ServerLimits(maxHeadBytes, n, maxConnections, maxFragments, maxInflatedBytes, maxQueuedBytes,
                stalledTimeout);
    }

    public ServerLimits withMaxConnections(int n) {
        return new ServerLimits(maxHeadBytes, maxPendingHandshakes, n, maxFragments, maxInflatedBytes, maxQueuedBytes,
                stalledTimeout);
    }

    public ServerLimits withMaxFragments(int n) {
        return new ServerLimits(maxHeadBytes, maxPendingHandshakes, maxConnections, n, maxInflatedBytes, maxQueuedBytes,
                stalledTimeout);
    }

    public ServerLimits withMaxInflatedBytes(long n) {
        return new ServerLimits(maxHeadBytes, maxPendingHandshakes, maxConnections, maxFragments, n, maxQueuedBytes,
                stalledTimeout);
    }

    public ServerLimits withMaxQueuedBytes(long n) {
        return new ServerLimits(maxHeadBytes, maxPendingHandshakes, maxConnections, maxFragments, maxInflatedBytes, n,
                stalledTimeout);
    }

    public ServerLimits withStalledTimeout(Duration d) {
        return new ServerLimits(maxHeadBytes, maxPendingHandshakes, maxConnections, maxFragments, maxInflatedBytes,
                maxQueuedBytes, d);
    }
}
