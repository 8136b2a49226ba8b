package wsinspector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The bytes waiting to be sent to one client, in order, and how many there are: what a client that does not read
 * costs the server, watched against {@link ServerLimits#maxQueuedBytes()}. An answer is written at once when
 * nothing waits before it (the usual echo: one write call, from the loop's direct buffer, nothing allocated); what
 * the socket does not take waits here and goes out in gathering writes as the socket drains. Loop thread only.
 */
final class Outbound {
    /** At most this many queued buffers go into one gathering write. */
    private static final int GATHER = 16;

    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private final ByteBuffer[] gather = new ByteBuffer[GATHER];
    private long queued;
    /** When the queue went past the limit (and reading stopped); 0 while it is not past it. */
    private long stalledSinceNanos;

    void add(byte[] bytes) {
        if (bytes.length > 0) {
            queue.add(ByteBuffer.wrap(bytes));
            queued += bytes.length;
        }
    }

    long queued() {
        return queued;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /**
     * Watches the queue against the limit: past {@code maxQueued} bytes the client counts as stalled (its reading
     * is to stop, the clock of the stalled timeout starts) until the queue drains to half of it.
     *
     * @return whether the stall began with this call
     */
    boolean watch(long maxQueued) {
        if (stalledSinceNanos == 0 && queued > maxQueued) {
            stalledSinceNanos = Math.max(1, System.nanoTime());
            return true;
        }
        if (stalledSinceNanos != 0 && queued <= maxQueued / 2) {
            stalledSinceNanos = 0;
        }
        return false;
    }

    /** Whether the client is stalled: more than the limit waits for it (see {@link #watch}). */
    boolean stalled() {
        return stalledSinceNanos != 0;
    }

    /** Whether the client has been stalled for longer than {@code nanos} (0: never too long) at {@code now}. */
    boolean stalledLongerThan(long nanos, long now) {
        return stalledSinceNanos != 0 && nanos > 0 && now - stalledSinceNanos > nanos;
    }

    /**
     * Sends {@code head} then {@code body} after whatever is queued: written now, through {@code scratch} (the
     * loop's cleared direct buffer) when nothing is queued and they fit it, the rest queued (the arrays themselves:
     * they are the caller's to give).
     *
     * @return whether everything, queued before or now, was written
     */
    boolean write(SocketChannel channel, ByteBuffer scratch, byte[] head, byte[] body) throws IOException {
        if (!writesNow(scratch, head.length + body.length)) {
            add(head);
            add(body);
            return flush(channel);
        }
        return writeThrough(channel, scratch.put(head).put(body));
    }

    /**
     * As {@link #write}, for bytes only lent until this returns ({@code head[0 .. headLength)}, the connection's
     * header, and {@code body[off .. off+len)}, the loop's read buffer): what is queued is copied first.
     */
    boolean writeLent(SocketChannel channel, ByteBuffer scratch, byte[] head, int headLength, byte[] body, int off,
                      int len) throws IOException {
        if (!writesNow(scratch, headLength + len)) {
            add(Arrays.copyOf(head, headLength));
            add(Arrays.copyOfRange(body, off, off + len));
            return flush(channel);
        }
        return writeThrough(channel, scratch.put(head, 0, headLength).put(body, off, len));
    }

    private boolean writesNow(ByteBuffer scratch, int length) {
        return queue.isEmpty() && length <= scratch.remaining();
    }

    /** One write call from the filled scratch buffer; what the socket does not take is queued. */
    private boolean writeThrough(SocketChannel channel, ByteBuffer scratch) throws IOException {
        scratch.flip();
        channel.write(scratch);
        if (!scratch.hasRemaining()) {
            return true;
        }
        byte[] rest = new byte[scratch.remaining()];
        scratch.get(rest);
        add(rest);
        return false;
    }

    /**
     * Writes as much as the socket takes now, several queued buffers per call.
     *
     * @return whether everything was written
     */
    boolean flush(SocketChannel channel) throws IOException {
        while (!queue.isEmpty()) {
            int n = 0;
            for (ByteBuffer b : queue) {
                gather[n++] = b;
                if (n == GATHER) {
                    break;
                }
            }
            queued -= channel.write(gather, 0, n);
            boolean full = gather[n - 1].hasRemaining(); // the socket took less than was offered
            Arrays.fill(gather, 0, n, null);
            while (!queue.isEmpty() && !queue.peek().hasRemaining()) {
                queue.poll();
            }
            if (full) {
                return false;
            }
        }
        return true;
    }

    /** Forgets what was not sent (the connection is gone). */
    void clear() {
        queue.clear();
        queued = 0;
    }
}
