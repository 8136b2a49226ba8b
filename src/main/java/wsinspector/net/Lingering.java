package wsinspector.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Closes a TCP connection after a close frame was sent without losing that frame: closing a socket with unread
 * input makes the kernel send a reset, and a peer that receives the reset may discard the close frame still in
 * its receive buffer. So: send FIN, read (and discard, the tap still records it) what the peer sends until it
 * closes or a short time passes, then close (RFC 6455 §7.1.1: the server closes the TCP connection first).
 */
final class Lingering {
    static final int LINGER_MILLIS = 2000;
    private static final int MAX_DRAIN = 1 << 20;

    private Lingering() {
    }

    static void close(Socket socket, InputStream in) {
        try {
            if (!socket.isClosed() && !socket.isOutputShutdown()) {
                socket.shutdownOutput();
            }
            socket.setSoTimeout(LINGER_MILLIS);
            long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
            byte[] sink = new byte[8192];
            int drained = 0;
            while (drained < MAX_DRAIN && System.nanoTime() < deadline) {
                int n = in.read(sink, 0, sink.length);
                if (n < 0) {
                    break;
                }
                drained += n;
            }
        } catch (IOException ignored) {
            // a reset, a timeout or a closed socket: in every case there is nothing left to wait for
        } finally {
            closeQuietly(socket);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
