package wsinspector.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayOutputStream;

/** The JDK's own WebSocket client, collecting what it receives into queues (whole messages, not parts). */
final class JdkClient implements WebSocket.Listener, AutoCloseable {
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    final CompletableFuture<String> closeReason = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final HttpClient http;
    WebSocket ws;

    private JdkClient(HttpClient http) {
        this.http = http;
    }

    static JdkClient connect(URI uri) throws Exception {
        return connect(uri, b -> b);
    }

    static JdkClient connect(URI uri, java.util.function.UnaryOperator<WebSocket.Builder> options) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JdkClient c = new JdkClient(http);
        c.ws = options.apply(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)))
                .buildAsync(uri, c).get(10, TimeUnit.SECONDS);
        return c;
    }

    String nextText() throws InterruptedException {
        return texts.poll(10, TimeUnit.SECONDS);
    }

    byte[] nextBinary() throws InterruptedException {
        return binaries.poll(10, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            texts.add(text.toString());
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        binary.writeBytes(b);
        if (last) {
            binaries.add(binary.toByteArray());
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        byte[] b = new byte[message.remaining()];
        message.get(b);
        pongs.add(b);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        closeReason.complete(reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
        closeReason.completeExceptionally(error);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (ws != null) {
            ws.abort();
        }
    }
}
