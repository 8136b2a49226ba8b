import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's own WebSocket client (java.net.http) talking to the echo server: a text message, one
 * sent in three fragments, a binary message, a ping, and the closing handshake.
 * Usage: java JdkClient.java PORT
 */
public class JdkClient {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        int[] echoes = {0};
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                System.out.println("text " + data + (last ? "" : " …"));
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                System.out.println("binary " + data.remaining());
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
                System.out.println("pong " + message.remaining());
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                closed.complete(code);
                return null;
            }
        };
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + args[0] + "/jdk"), listener).get(10, TimeUnit.SECONDS);
        ws.sendText("Hello from the JDK", true).get();
        ws.sendText("one ", false).get();
        ws.sendText("message in ", false).get();
        ws.sendText("three frames", true).get();
        ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}), true).get();
        ws.sendPing(ByteBuffer.wrap("are you there?".getBytes())).get();
        Thread.sleep(300);   // let the echoes and the pong arrive before closing
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get();
        System.out.println("closed " + closed.get(10, TimeUnit.SECONDS));
    }
}
