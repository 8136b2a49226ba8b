package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sending side of a server connection: written at once through the loop's buffer while nothing waits, queued
 * in order once the socket is full (bytes only lent as copies), and sent whole, in order, by gathering writes as the
 * client reads.
 */
@Timeout(30)
class OutboundTest {

    @Test
    void whatTheSocketDoesNotTakeIsQueuedAndLaterSentInOrder() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
             Socket client = new Socket("127.0.0.1", listener.socket().getLocalPort());
             SocketChannel server = listener.accept()) {
            server.configureBlocking(false);
            Outbound out = new Outbound();
            ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            int frames = 0;
            boolean all = true;
            // 3-byte heads and 1,000-byte bodies until the client's unread bytes fill both socket buffers
            byte[] lentHead = new byte[10];
            byte[] lentBody = new byte[1200];
            while (all || out.queued() < 256 * 1024) {
                byte[] head = {(byte) 0x82, 126, (byte) frames};
                byte[] body = new byte[1000];
                java.util.Arrays.fill(body, (byte) frames++);
                sent.write(head);
                sent.write(body);
                if (frames % 2 == 0) {
                    all = out.write(server, scratch.clear(), head, body);
                } else { // lent: the same bytes from a header array and a buffer used again at once
                    System.arraycopy(head, 0, lentHead, 0, head.length);
                    System.arraycopy(body, 0, lentBody, 100, body.length);
                    all = out.writeLent(server, scratch.clear(), lentHead, head.length, lentBody, 100, body.length);
                    java.util.Arrays.fill(lentHead, (byte) -1);
                    java.util.Arrays.fill(lentBody, (byte) -1);
                }
            }
            assertFalse(out.isEmpty());
            byte[] expected = sent.toByteArray();

            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = client.getInputStream();
            byte[] buf = new byte[64 * 1024];
            while (received.size() < expected.length) {
                int n = in.read(buf);
                received.write(buf, 0, n);
                if (out.flush(server)) {
                    assertEquals(0, out.queued());
                }
            }
            assertTrue(out.isEmpty());
            assertArrayEquals(expected, received.toByteArray());
        }
    }
}
