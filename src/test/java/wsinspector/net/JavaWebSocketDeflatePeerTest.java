package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.extensions.permessage_deflate.PerMessageDeflateExtension;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.DeflateSamples;

/** The echo server against Java-WebSocket's permessage-deflate client, a peer we did not write. */
@Timeout(30)
class JavaWebSocketDeflatePeerTest {

    @Test
    void echoesMessagesOfEverySizeToAJavaWebSocketClientThatOffersDeflate() throws Exception {
        try (EchoServer server = new EchoServer(EchoServerOptions.defaults(), null)) {
            InetSocketAddress at = server.start();
            CompletableFuture<String> extensions = new CompletableFuture<>();
            BlockingQueue<String> echoes = new LinkedBlockingQueue<>();
            WebSocketClient client = new WebSocketClient(URI.create("ws://127.0.0.1:" + at.getPort() + "/jws"),
                    new Draft_6455(new PerMessageDeflateExtension())) {
                @Override
                public void onOpen(ServerHandshake handshake) {
                    extensions.complete(handshake.getFieldValue("Sec-WebSocket-Extensions"));
                }

                @Override
                public void onMessage(String message) {
                    echoes.add(message);
                }

                @Override
                public void onClose(int code, String reason, boolean remote) {
                    extensions.complete("closed " + code + " " + reason);
                }

                @Override
                public void onError(Exception e) {
                    extensions.completeExceptionally(e);
                }
            };
            assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
            try {
                assertEquals("permessage-deflate; server_no_context_takeover; client_no_context_takeover", // its offer, echoed
                        extensions.get(10, TimeUnit.SECONDS));
                assertTrue(server.connections().get(0).permessageDeflate());
                for (int size : new int[] {64, 4096, 65536}) {
                    String text = new String(DeflateSamples.message(size, size), StandardCharsets.US_ASCII);
                    client.send(text);
                    assertEquals(text, echoes.poll(10, TimeUnit.SECONDS), size + " bytes");
                }
            } finally {
                client.closeBlocking();
            }
        }
    }
}
