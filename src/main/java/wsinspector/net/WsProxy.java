package wsinspector.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import wsinspector.dissect.Direction;
import wsinspector.protocol.HandshakeRequestSpec;
import wsinspector.protocol.HeadReader;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.Phrase;

/**
 * Listens on a local port and forwards each connection to a target ws:// (or wss://) server, byte for byte both
 * ways, so a real browser or program can be watched: a page opening {@code ws://127.0.0.1:PORT/path} reaches
 * {@code target} with the same path. Only the request's Host header is rewritten (to the target's, which virtual
 * hosts need); everything else, including the path, passes unchanged. Both directions are recorded as
 * {@link Source#PROXY} chunks, the request as forwarded; for a wss:// target the decrypted bytes.
 */
public final class WsProxy implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String listenHost;
    private final int listenPort;
    private final URI target;
    private final WireTap tap;
    private final ExecutorService threads = Executors.newCachedThreadPool(Threads.daemons("ws-proxy"));
    private final Map<Socket, Boolean> sockets = new ConcurrentHashMap<>();
    private volatile ServerSocket serverSocket;
    private volatile boolean closed;

    /** @param tap where both directions are recorded; may be null to forward without recording */
    public WsProxy(String listenHost, int listenPort, URI target, WireTap tap) {
        this.listenHost = Objects.requireNonNull(listenHost, "listenHost");
        this.listenPort = listenPort;
        this.target = Objects.requireNonNull(target, "target");
        HandshakeRequestSpec.forUrl(target); // rejects what is not a ws:// or wss:// URL, now rather than per connection
        this.tap = tap;
    }

    /** Binds and starts accepting; returns the address it listens on. */
    public synchronized InetSocketAddress start() throws IOException {
        if (serverSocket != null || closed) {
            throw new IllegalStateException("a proxy starts once");
        }
        ServerSocket ss = new ServerSocket();
        try {
            ss.bind(new InetSocketAddress(InetAddress.getByName(listenHost), listenPort), 256);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        serverSocket = ss;
        Threads.startDaemon("ws-proxy-accept-" + ss.getLocalPort(), this::acceptLoop);
        return (InetSocketAddress) ss.getLocalSocketAddress();
    }

    @Override
    public void close() {
        closed = true;
        Lingering.closeQuietly(serverSocket);
        sockets.keySet().forEach(Lingering::closeQuietly);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = serverSocket.accept();
                threads.execute(() -> proxy(client));
            } catch (IOException | RejectedExecutionException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void proxy(Socket client) {
        ConnectionTap conn = new ConnectionTap(tap, Source.PROXY);
        sockets.put(client, true);
        Socket server = null;
        Phrase ending = null;
        try {
            conn.opened(Sockets.peer(client));
            server = Sockets.connect(target, CONNECT_TIMEOUT);
            server.setSoTimeout(0); // the TLS handshake's timeout: a WebSocket may stay silent for as long as it likes
            sockets.put(server, true);
            client.setTcpNoDelay(true);
            InputStream fromClient = client.getInputStream();
            forwardHead(fromClient, server.getOutputStream(), conn);
            Socket s = server;
            var toClient = threads.submit(() -> pump(s.getInputStream(), client, Direction.SERVER_TO_CLIENT, conn));
            pump(fromClient, server, Direction.CLIENT_TO_SERVER, conn);
            ending = toClient.get();
        } catch (Exception e) {
            ending = Phrase.of("net.proxy.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            Lingering.closeQuietly(client);
            Lingering.closeQuietly(server);
            sockets.remove(client);
            if (server != null) {
                sockets.remove(server);
            }
            conn.closed(-1, ending);
        }
    }

    /**
     * Reads the request head as it arrives ({@link HeadReader}) and forwards it with the Host rewritten, then whatever
     * came after it in the same reads (hixie-76's key3, a first frame). Bytes that are no HTTP head are forwarded
     * unchanged: the server answers them as it sees fit.
     */
    private void forwardHead(InputStream fromClient, OutputStream toServer, ConnectionTap conn) throws IOException {
        HeadReader reader = new HeadReader(HttpHeadParser.MAX_HEAD);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        HeadReader.Result r = null;
        while (r == null) {
            int n = fromClient.read(buf);
            if (n < 0) {
                throw new EOFException("the client's stream ended inside the HTTP head, after " + read.size() + " bytes");
            }
            read.write(buf, 0, n);
            r = reader.feed(buf, 0, n);
        }
        if (r instanceof HeadReader.Result.Head h) {
            forward(rewriteHost(h.head(), h.bytes(), HandshakeRequestSpec.forUrl(target).host()), toServer, conn);
            forward(h.rest(), toServer, conn);
        } else {
            forward(read.toByteArray(), toServer, conn);
        }
    }

    private static void forward(byte[] bytes, OutputStream toServer, ConnectionTap conn) throws IOException {
        if (bytes.length > 0) {
            conn.bytes(Direction.CLIENT_TO_SERVER, bytes, 0, bytes.length);
            toServer.write(bytes);
            toServer.flush();
        }
    }

    static byte[] rewriteHost(HttpHead head, byte[] bytes, String host) {
        HeaderLine line = head.firstLine("Host").orElse(null);
        if (line == null) {
            return bytes;
        }
        byte[] value = host.getBytes(StandardCharsets.ISO_8859_1);
        int from = line.valueOffset();
        int to = line.offset() + line.length();
        byte[] out = new byte[bytes.length - (to - from) + value.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(value, 0, out, from, value.length);
        System.arraycopy(bytes, to, out, from + value.length, bytes.length - to);
        return out;
    }

    /** One direction, until its end; returns why it ended. */
    private Phrase pump(InputStream from, Socket to, Direction direction, ConnectionTap conn) {
        byte[] buf = new byte[16 * 1024];
        try {
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = from.read(buf)) >= 0) {
                conn.bytes(direction, buf, 0, n);
                out.write(buf, 0, n);
                out.flush();
            }
            to.shutdownOutput(); // pass the FIN on: the other side may still answer
            return Phrase.of(direction == Direction.SERVER_TO_CLIENT ? "net.proxy.server-ended" : "net.proxy.client-ended");
        } catch (IOException e) {
            Lingering.closeQuietly(to);
            return ConnectionWords.lost(e.getMessage());
        }
    }
}
