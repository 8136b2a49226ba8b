package wsinspector.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.extensions.permessage_deflate.PerMessageDeflateExtension;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * An echo server built with Java-WebSocket (org.java-websocket), a library we did not write: the peer the
 * project's client is tested against, and the reference in the echo benchmark.
 */
public final class JavaWebSocketEcho extends WebSocketServer implements AutoCloseable {
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    /** "code reason" of each connection the server saw closed. */
    final LinkedBlockingQueue<String> closes = new LinkedBlockingQueue<>();
    /** What went wrong on a connection, as the library said it: a test that misses an echo shows it. */
    final LinkedBlockingQueue<String> errors = new LinkedBlockingQueue<>();

    private JavaWebSocketEcho(boolean deflate) {
        super(new InetSocketAddress("127.0.0.1", 0),
                List.of(deflate ? new Draft_6455(new PerMessageDeflateExtension()) : new Draft_6455()));
        setDaemon(true);
        setReuseAddr(true);
        setTcpNoDelay(true); // as the project's server does: a fair comparison of small echoes
    }

    /** Starts it over TLS (wss://) with this server context, and waits until it listens. */
    public static JavaWebSocketEcho startTls(javax.net.ssl.SSLContext tls) throws Exception {
        JavaWebSocketEcho server = new JavaWebSocketEcho(false);
        server.setWebSocketFactory(new org.java_websocket.server.DefaultSSLWebSocketServerFactory(tls));
        server.start();
        server.started.get(10, TimeUnit.SECONDS);
        return server;
    }

    /** Starts it and waits until it listens; the port is then {@link #getPort()}. */
    public static JavaWebSocketEcho start(boolean deflate) throws Exception {
        JavaWebSocketEcho server = new JavaWebSocketEcho(deflate);
        server.start();
        server.started.get(10, TimeUnit.SECONDS);
        return server;
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send(message);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        conn.send(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closes.add(code + " " + reason);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            started.completeExceptionally(ex);
        } else {
            errors.add(String.valueOf(ex));
        }
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
