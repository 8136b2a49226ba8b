package wsinspector.net;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import wsinspector.dissect.Direction;

/**
 * The sending side of one {@link ServerConnection}: bytes recorded by the tap as they are queued (so a reply is
 * never recorded before what it answers), written as far as the socket takes them, the rest queued ({@link Outbound})
 * with OP_WRITE until it drains; past the queue's limit the connection's reading pauses (a client that does not read
 * must not make the server hold ever more for it); while closing, FIN once everything is sent. The connection decides
 * what a failed write means. Loop thread only.
 */
final class ConnectionOutput {
    private final EventLoop loop;
    private final SocketChannel channel;
    private final ConnectionTap tap;
    private final long maxQueued;
    private final Outbound out = new Outbound();
    private SelectionKey key;
    /** Closing: FIN as soon as nothing waits to be sent. */
    private boolean finWhenSent;
    private boolean outputShut;

    ConnectionOutput(EventLoop loop, SocketChannel channel, ConnectionTap tap, long maxQueued) {
        this.loop = loop;
        this.channel = channel;
        this.tap = tap;
        this.maxQueued = maxQueued;
    }

    /** The socket's key with the loop, once registered: the interest in reading and writing follows the queue. */
    void registered(SelectionKey key) {
        this.key = key;
    }

    /**
     * Sends {@code header[0 .. headerLength)} then {@code payload[off .. off+len)} as one piece; lent bytes (an echo
     * from where the loop read it) are copied only if they must wait.
     *
     * @return whether this send made the queue pass its limit, so the connection's reading paused just now
     * @throws IOException the socket failed
     */
    boolean send(byte[] header, int headerLength, byte[] payload, int off, int len, boolean lent) throws IOException {
        tap.bytes(Direction.SERVER_TO_CLIENT, header, headerLength, payload, off, len);
        return written(lent ? out.writeLent(channel, loop.writeBuffer(), header, headerLength, payload, off, len)
                : out.write(channel, loop.writeBuffer(), header, payload));
    }

    /** Writes what waits, as far as the socket takes it (the socket became writable, or the closing began). */
    void flush() throws IOException {
        written(out.flush(channel));
    }

    /** The closing began: FIN once all that waits is sent (now, if nothing does). */
    void finWhenSent() throws IOException {
        finWhenSent = true;
        flush();
    }

    /** Whether more than the limit has waited for the client for longer than {@code nanos} by {@code now}. */
    boolean stalledLongerThan(long nanos, long now) {
        return out.stalledLongerThan(nanos, now);
    }

    /** How many bytes wait for the client. */
    long queued() {
        return out.queued();
    }

    /** The connection ended: nothing more is sent. */
    void clear() {
        out.clear();
    }

    /** After a write: FIN once all is sent while closing, the queue's limit watched, OP_WRITE while bytes wait. */
    private boolean written(boolean all) throws IOException {
        if (all && finWhenSent && !outputShut) {
            outputShut = true;
            channel.shutdownOutput();
        }
        boolean paused = out.watch(maxQueued);
        setInterest(!all);
        return paused;
    }

    private void setInterest(boolean wantWrite) {
        if (key == null || !key.isValid()) {
            return;
        }
        boolean read = !out.stalled();
        int ops = (read ? SelectionKey.OP_READ : 0) | (wantWrite ? SelectionKey.OP_WRITE : 0);
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }
}
