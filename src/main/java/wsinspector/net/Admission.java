package wsinspector.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import wsinspector.protocol.Phrase;

/**
 * Which connections the echo server takes, and the counts that decide it: a new connection against the cap per
 * client address (429) and the pending handshakes (503), a finished handshake against the open connections (503,
 * answered by the handshake). A refusal is reported before its answer is sent, so whoever reads the answer finds
 * it reported. Any thread: the counts are atomic.
 */
final class Admission {
    private final EchoServer server;
    private final ServerLimits limits;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private volatile AddressCap addressCap = new AddressCap(0);

    Admission(EchoServer server, ServerLimits limits) {
        this.server = server;
        this.limits = limits;
    }

    void capPerAddress(int max) {
        this.addressCap = new AddressCap(max);
    }

    int pendingHandshakes() {
        return pending.get();
    }

    /**
     * Whether a freshly accepted connection is taken (then it counts as a pending handshake); if not, it has been
     * answered and closed. The answer goes to the fresh socket, whose send buffer is empty, so it cannot block.
     *
     * @param current the addresses of the connections open now; asked only where the cap applies (not on loopback)
     */
    boolean admit(SocketChannel channel, InetSocketAddress peer, InetAddress listening,
                  Supplier<Collection<InetAddress>> current) {
        AddressCap cap = addressCap;
        if (cap.appliesTo(listening) && !cap.admits(listening, peer.getAddress(), current.get())) {
            Phrase why = ConnectionWords.perAddress(cap.max());
            turnAway(channel, peer, 429, HttpResponses.text(429, "Too Many Requests", server.peerWords().say(why),
                    Map.of("Retry-After", "5")), why);
            return false;
        }
        int max = limits.maxPendingHandshakes();
        if (pending.incrementAndGet() > max) {
            pending.decrementAndGet();
            Phrase why = ConnectionWords.pendingBusy(max);
            byte[] answer = ServerHandshake.limit(503, "Service Unavailable", why, server.peerWords()).response();
            turnAway(channel, peer, 503, answer, why);
            return false;
        }
        return true;
    }

    /** Counts one more open connection if the limit allows it (its handshake is then answered with 101). */
    boolean admitOpen() {
        int max = limits.maxConnections();
        while (true) {
            int now = open.get();
            if (now >= max) {
                return false;
            }
            if (open.compareAndSet(now, now + 1)) {
                pending.decrementAndGet();
                return true;
            }
        }
    }

    /** A connection taken by {@link #admit} ended: it no longer counts, as open or as pending. */
    void left(boolean wasOpen) {
        (wasOpen ? open : pending).decrementAndGet();
    }

    private void turnAway(SocketChannel channel, InetSocketAddress peer, int status, byte[] answer, Phrase why) {
        server.refused(-1, peer.getAddress().getHostAddress() + ":" + peer.getPort(), status, why);
        try (channel) {
            channel.write(ByteBuffer.wrap(answer));
        } catch (IOException ignored) {
            // the client is gone already
        }
    }
}
