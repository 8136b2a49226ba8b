package wsinspector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * The bytes waiting to be sent to one client, in order, and how many there are: what a client that does not read
 * costs the server, watched against {@link ServerLimits#maxQueuedBytes()}. Loop thread only.
 */
final class Outbound {
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private long queued;

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
     * Writes as much as the socket takes now.
     *
     * @return whether everything was written
     */
    boolean flush(SocketChannel channel) throws IOException {
        while (!queue.isEmpty()) {
            ByteBuffer b = queue.peek();
            int n = channel.write(b);
            queued -= n;
            if (b.hasRemaining()) {
                return false;
            }
            queue.poll();
        }
        return true;
    }

    /** Forgets what was not sent (the connection is gone). */
    void clear() {
        queue.clear();
        queued = 0;
    }
}
