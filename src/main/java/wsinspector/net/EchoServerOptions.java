package wsinspector.net;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import wsinspector.protocol.StreamLimits;

/**
 * How the echo server behaves; the knobs a lesson turns.
 *
 * @param host               the address to listen on (127.0.0.1 by default: only this machine can connect)
 * @param port               the port, 0 for any free one
 * @param subprotocols       the subprotocols accepted, by the server's preference; the client's order decides (RFC 6455 §4.2.2)
 * @param allowedOrigins     the Origin values accepted (403 for others); empty accepts any, and a request without
 *                           Origin (not from a browser) is always accepted
 * @param delayMillis        an artificial delay before each echo, so a class can watch a message in flight
 * @param answerPings        whether a ping gets a pong (RFC 6455 §5.5.2 says it must; turn off to show what happens)
 * @param maxMessageBytes    the longest message accepted, before and after inflation; longer ones close with 1009
 * @param permessageDeflate  whether a permessage-deflate offer is accepted (RFC 7692)
 * @param idleTimeout        how long a connection may stay silent before the server closes it with 1001; zero for never
 * @param handshakeTimeout   how long a client has, once connected, to send its opening handshake (the slowloris
 *                           defence: a connection that sends nothing is closed); zero for never
 * @param limits             the other limits on what one client may cost the server
 */
public record EchoServerOptions(String host, int port, List<String> subprotocols, List<String> allowedOrigins,
                                long delayMillis, boolean answerPings, long maxMessageBytes,
                                boolean permessageDeflate, Duration idleTimeout, Duration handshakeTimeout,
                                ServerLimits limits) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 16L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    public EchoServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + delayMillis);
        }
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("the message limit must be at least 1 byte: " + maxMessageBytes);
        }
        subprotocols = List.copyOf(subprotocols);
        allowedOrigins = List.copyOf(allowedOrigins);
        idleTimeout = idleTimeout == null || idleTimeout.isNegative() ? Duration.ZERO : idleTimeout;
        handshakeTimeout = handshakeTimeout == null || handshakeTimeout.isNegative() ? Duration.ZERO : handshakeTimeout;
        limits = limits == null ? ServerLimits.defaults() : limits;
    }

    /** What a client's frames may make the server hold; a message inflates to no more than the message limit either. */
    public StreamLimits streamLimits() {
        return new StreamLimits(maxMessageBytes, limits.maxFragments(), Math.min(maxMessageBytes, limits.maxInflatedBytes()));
    }

    /**
     * 127.0.0.1, any free port, no subprotocol, any origin, no delay, pings answered, 16 MiB, deflate on, 10 minutes
     * idle, 10 seconds for the opening handshake.
     */
    public static EchoServerOptions defaults() {
        return new EchoServerOptions(DEFAULT_HOST, 0, List.of(), List.of(), 0, true, DEFAULT_MAX_MESSAGE_BYTES, true,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_HANDSHAKE_TIMEOUT, ServerLimits.defaults());
    }

    public EchoServerOptions withHost(String h) {
        return new EchoServerOptions(h, port, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withPort(int p) {
        return new EchoServerOptions(host, p, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withSubprotocols(List<String> s) {
        return new EchoServerOptions(host, port, s, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withAllowedOrigins(List<String> o) {
        return new EchoServerOptions(host, port, subprotocols, o, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withDelayMillis(long d) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, d, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withAnswerPings(boolean a) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, a, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withMaxMessageBytes(long m) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, answerPings, m,
                permessageDeflate, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withPermessageDeflate(boolean d) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                d, idleTimeout, handshakeTimeout, limits);
    }

    public EchoServerOptions withIdleTimeout(Duration t) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, t, handshakeTimeout, limits);
    }

    public EchoServerOptions withHandshakeTimeout(Duration t) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, t, limits);
    }

    public EchoServerOptions withLimits(ServerLimits l) {
        return new EchoServerOptions(host, port, subprotocols, allowedOrigins, delayMillis, answerPings, maxMessageBytes,
                permessageDeflate, idleTimeout, handshakeTimeout, l);
    }
}
