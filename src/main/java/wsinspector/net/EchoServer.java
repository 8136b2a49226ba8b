package wsinspector.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Phrase;

/**
 * The echo server of the lessons: RFC 6455, hixie-76 and hixie-75 on one port (told apart by the handshake),
 * echoing every message, answering pings, closing with the right code and a reason naming the broken rule.
 *
 * <p>A thread per connection, from a pool capped at {@value #MAX_CONNECTIONS} threads (beyond that a client gets
 * 503). A client that stops reading blocks only its own thread, and a write blocked for longer than the write
 * timeout closes that connection; pings asked for by the GUI are written on a separate pool, never on the
 * caller's thread. Nothing a client sends can stop the server.
 */
public final class EchoServer implements AutoCloseable {
    /** The most connections served at once. */
    public static final int MAX_CONNECTIONS = 1000;
    private static final Logger LOG = Logger.getLogger(EchoServer.class.getName());
    private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final int BACKLOG = 1024;

    private final EchoServerOptions options;
    private final WireTap tap;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, ServerConnection> connections = new ConcurrentHashMap<>();
    private final ExecutorService connectionThreads = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), Threads.daemons("echo-connection"));
    private final ExecutorService controlSenders = Executors.newFixedThreadPool(2, Threads.daemons("echo-control"));
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(Threads.daemons("echo-write-watchdog"));
    private volatile boolean answerPings;
    private volatile long delayMillis;
    private volatile Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private volatile Predicate<InetSocketAddress> ownClients = peer -> false;
    private volatile AddressCap addressCap = new AddressCap(0);
    private volatile PlainHttp plainHttp = new StudentPage(new StudentPings(this));
    private volatile ServerSocket serverSocket;
    private volatile boolean closed;

    /** @param tapOrNull where to record every byte read and written, null for none */
    public EchoServer(EchoServerOptions options, WireTap tapOrNull) {
        this.options = Objects.requireNonNull(options, "options");
        this.tap = tapOrNull;
        this.answerPings = options.answerPings();
        this.delayMillis = options.delayMillis();
    }

    /**
     * Binds and starts accepting.
     *
     * @return the address it listens on (with the port chosen when the options said 0)
     * @throws java.net.BindException when the port is in use
     */
    public synchronized InetSocketAddress start() throws IOException {
        if (serverSocket != null || closed) {
            throw new IllegalStateException("an echo server starts once");
        }
        ServerSocket ss = new ServerSocket();
        try {
            ss.bind(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), BACKLOG);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        serverSocket = ss;
        Threads.startDaemon("echo-accept-" + ss.getLocalPort(), this::acceptLoop);
        watchdog.scheduleWithFixedDelay(this::checkWrites, 500, 500, TimeUnit.MILLISECONDS);
        return (InetSocketAddress) ss.getLocalSocketAddress();
    }

    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeConnectionListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /** The connections whose handshake succeeded and that are still open, oldest first. */
    public List<ConnectionInfo> connections() {
        return connections.values().stream().map(ServerConnection::info).filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(ConnectionInfo::id)).toList();
    }

    /**
     * Sends a ping to one RFC 6455 connection (RFC 6455 §5.5.2), without waiting: a browser answers with a pong by
     * itself, which the wire tap shows. Does nothing for an unknown or legacy connection (the drafts have no ping).
     *
     * @throws IllegalArgumentException if the payload is longer than 125 bytes (RFC 6455 §5.5)
     */
    public void ping(long connection, byte[] payload) {
        byte[] p = checkPingPayload(payload);
        ServerConnection c = connections.get(connection);
        if (c != null) {
            sendControl(() -> c.ping(p));
        }
    }

    /** Pings every open RFC 6455 connection. */
    public void pingAll(byte[] payload) {
        byte[] p = checkPingPayload(payload);
        for (ServerConnection c : connections.values()) {
            sendControl(() -> c.ping(p));
        }
    }

    /** Whether pings get pongs from now on (RFC 6455 §5.5.2 says they must; a lesson may show what happens if not). */
    public void setAnswerPings(boolean answer) {
        this.answerPings = answer;
    }

    /**
     * Names the clients the server must wait for: the application's own step-mode client, whose lecturer may stay
     * on one step for minutes. A connection from an address the predicate accepts is never closed for sending no
     * handshake or for staying idle; every other client keeps the options' timeouts (the slowloris defence). The
     * predicate is asked when a timeout runs out, so a client may be named after it connected.
     *
     * @param ownClients tells, from a client's address as the server sees it, whether it is one of ours
     */
    public void waitPatientlyFor(Predicate<InetSocketAddress> ownClients) {
        this.ownClients = Objects.requireNonNull(ownClients, "ownClients");
    }

    /**
     * At most {@code max} connections at once from one client address (0: no cap), from now on. It applies only
     * while the server listens beyond loopback (see {@link AddressCap}); one more gets HTTP 429 and a refusal event.
     */
    public void setMaxConnectionsPerAddress(int max) {
        this.addressCap = new AddressCap(max);
    }

    /** What answers a request that is no WebSocket handshake; the student page ({@link StudentPage}) by default. */
    public void answerPlainHttp(PlainHttp answer) {
        this.plainHttp = Objects.requireNonNull(answer, "answer");
    }

    /** The delay before each echo from now on. */
    public void setDelayMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + millis);
        }
        this.delayMillis = millis;
    }

    /** Stops accepting, says 1001 to the open connections, waits up to a second for them, then closes the rest. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Lingering.closeQuietly(serverSocket);
        for (ServerConnection c : connections.values()) {
            sendControl(c::goingAway);
        }
        awaitConnectionsEnded(1000);
        connections.values().forEach(ServerConnection::abort);
        connectionThreads.shutdownNow();
        controlSenders.shutdownNow();
        watchdog.shutdownNow();
    }

    /** For tests: how long a write may stay blocked before the connection is closed. */
    void setWriteTimeout(Duration timeout) {
        this.writeTimeout = timeout;
    }

    EchoServerOptions options() {
        return options;
    }

    PlainHttp plainHttp() {
        return plainHttp;
    }

    boolean answerPings() {
        return answerPings;
    }

    long delayMillis() {
        return delayMillis;
    }

    /** Whether a timeout of this client's connection is to be waited out (see {@link #waitPatientlyFor}). */
    boolean isOwnClient(InetSocketAddress peer) {
        try {
            return ownClients.test(peer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the own-client predicate failed; the client is treated as any other", e);
            return false;
        }
    }

    void opened(ServerConnection c) {
        ConnectionInfo info = c.info();
        for (ConnectionListener l : listeners) {
            safely(() -> l.opened(info));
        }
    }

    void refused(long connection, String peer, int status, Phrase reason) {
        for (ConnectionListener l : listeners) {
            safely(() -> l.refused(connection, peer, status, reason));
        }
    }

    void ended(ServerConnection c, int closeCode, Phrase reason) {
        connections.remove(c.id());
        ConnectionInfo info = c.info();
        if (info != null) {
            for (ConnectionListener l : listeners) {
                safely(() -> l.closed(info, closeCode, reason));
            }
        }
        synchronized (connections) {
            connections.notifyAll();
        }
    }

    private void acceptLoop() {
        ServerSocket ss = serverSocket;
        while (!closed) {
            Socket socket;
            try {
                socket = ss.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "accept failed; the echo server goes on", e);
                pause(); // e.g. out of file descriptors: do not spin
                continue;
            }
            serve(socket);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(Socket socket) {
        if (!admitted(socket)) {
            return;
        }
        // held until its request head says whether it is a WebSocket handshake or a plain HTTP request
        ServerConnection c = new ServerConnection(this, socket, ConnectionTap.held(tap, Source.SERVER));
        connections.put(c.id(), c);
        try {
            connectionThreads.execute(c);
        } catch (RejectedExecutionException e) {
            connections.remove(c.id());
            refuseBusy(socket);
        }
    }

    /** More than MAX_CONNECTIONS: a 503 on the fresh socket (whose send buffer is empty, so this cannot block). */
    private void refuseBusy(Socket socket) {
        try (socket) {
            socket.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException ignored) {
            // the client is gone already
        }
        refused(-1, socket.getInetAddress().getHostAddress() + ":" + socket.getPort(), 503,
                ConnectionWords.busy(MAX_CONNECTIONS));
    }

    /** The cap per address (see {@link AddressCap}): one connection too many gets 429 and a refusal event. */
    private boolean admitted(Socket socket) {
        AddressCap cap = addressCap;
        List<InetAddress> current = connections.values().stream().map(ServerConnection::remoteAddress).toList();
        if (cap.admits(serverSocket.getInetAddress(), socket.getInetAddress(), current)) {
            return true;
        }
        Phrase why = ConnectionWords.perAddress(cap.max());
        byte[] answer = HttpResponses.text(429, "Too Many Requests", WireText.of(why), Map.of("Retry-After", "5"));
        try (socket) {
            socket.getOutputStream().write(answer); // a fresh socket's send buffer is empty: this cannot block
        } catch (IOException ignored) {
            // the client is gone already
        }
        refused(-1, socket.getInetAddress().getHostAddress() + ":" + socket.getPort(), 429, why);
        return false;
    }

    private void checkWrites() {
        long limit = writeTimeout.toNanos();
        for (ServerConnection c : connections.values()) {
            if (c.writeBlockedNanos() > limit) {
                LOG.info(() -> "connection " + c.id() + " has not read for " + writeTimeout.toSeconds() + " s: closed");
                c.abort();
            }
        }
    }

    private void sendControl(Runnable r) {
        try {
            controlSenders.execute(r);
        } catch (RejectedExecutionException ignored) {
            // shutting down
        }
    }

    private void awaitConnectionsEnded(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (connections) {
            while (!connections.isEmpty()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    connections.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static byte[] checkPingPayload(byte[] payload) {
        byte[] p = payload == null ? new byte[0] : payload.clone();
        if (p.length > FrameHeader.PAYLOAD_SHORT_MAX) {
            throw new IllegalArgumentException("a ping carries at most 125 bytes (RFC 6455 §5.5), not " + p.length);
        }
        return p;
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a connection listener failed", e);
        }
    }
}
