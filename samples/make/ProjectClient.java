import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import wsinspector.net.ClientListener;
import wsinspector.net.ClientMode;
import wsinspector.net.ClientOptions;
import wsinspector.net.WsClient;

/**
 * The inspector's own client (wsinspector.net.WsClient) in the two cases no browser makes:
 * {@code hixie76} speaks the 2010 draft (Key1/Key2/MD5 handshake, 00…ff framing);
 * {@code unmasked} sends a text frame without a mask, which the server must answer with close 1002.
 * Usage: java -cp websocket-inspector.jar ProjectClient.java PORT hixie76|unmasked
 */
public class ProjectClient {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void onMessage(int opcode, byte[] payload) {
                System.out.println("message " + new String(payload, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void onClose(int code, String reason) {
                closed.complete(code);
            }
        };
        boolean legacy = args[1].equals("hixie76");
        ClientOptions options = ClientOptions.defaults(URI.create("ws://127.0.0.1:" + args[0] + "/" + args[1]))
                .withMode(legacy ? ClientMode.HIXIE76 : ClientMode.RFC6455).withOrigin("http://127.0.0.1");
        try (WsClient client = WsClient.connect(options, null, listener)) {
            if (legacy) {
                client.sendText("Hello, 2010", 0, null);
                client.sendText("Привет", 0, null);
                Thread.sleep(300);
                client.close(1000, "");
            } else {
                client.sendText("masked, as a client must", 0, null);
                Thread.sleep(300);
                // FIN + text, MASK bit clear, length 7: "no mask"
                client.sendRaw(new byte[] {(byte) 0x81, 0x07, 'n', 'o', ' ', 'm', 'a', 's', 'k'});
            }
            System.out.println("closed " + closed.get(10, TimeUnit.SECONDS));
        }
    }
}
