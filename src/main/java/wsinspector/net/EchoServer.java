package wsinspector.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Phrase;

/**
 * The echo server of the lessons: RFC 6455, hixie-76 and hixie-75 on one port (told apart by the handshake),
 * echoing every message, answering pings, closing with the right code and a reason naming the broken rule.
 *
 * <p>Non-blocking: a few {@link EventLoop} threads (one per two cores, at most four) serve every connection, an acceptor
 * thread hands each new one to a loop. A connection costs its buffers, not a thread, so a class's thousands of idle
 * or abandoned connections are held cheaply; each limit of {@link ServerLimits} and the options' timeouts is
 * answered with an HTTP status or a close code and a log line. Nothing a client sends can stop the server or the
 * other clients: a client that does not read has its reading paused, then is closed.
 */
public final class EchoServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EchoServer.class.getName());
    private static final int BACKLOG = 4096;

    private final EchoServerOptions options;
    private final WireTap tap;
    private final ServerEvents events = new ServerEvents();
    /** Every connection served, from accept to end. */
    /** Not by number: a connection takes its number only once it is recorded or refused (see {@link ConnectionTap}). */
    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private final Admission admission;
    private final List<EventLoop> loops = new ArrayList<>();
    private final AtomicInteger nextLoop = new AtomicInteger();
    /** Its connections' numbers when no tap counts them ({@code serve}). */
    private final AtomicLong untappedIds = new AtomicLong();
    private volatile boolean answerPings;
    private volatile long delayMillis;
    private volatile Duration stalledTimeout;
    private volatile PeerWords peerWords = PeerWords.ENGLISH;
    private volatile Predicate<InetSocketAddress> ownClients = peer -> false;
    private volatile PlainHttp plainHttp = new StudentPage(new StudentPings(this));
    private volatile ServerSocketChannel serverChannel;
    private volatile boolean closed;

    /** @param tapOrNull where to record every byte read and written, null for none */
    public EchoServer(EchoServerOptions options, WireTap tapOrNull) {
        this.options = Objects.requireNonNull(options, "options");
        this.tap = tapOrNull;
        this.answerPings = options.answerPings();
        this.delayMillis = options.delayMillis();
        this.stalledTimeout = options.limits().stalledTimeout();
        this.admission = new Admission(this, options.limits());
    }

    /**
     * Binds and starts accepting.
     *
     * @return the address it listens on (with the port chosen when the options said 0)
     * @throws java.net.BindException when the port is in use
     */
    public synchronized InetSocketAddress start() throws IOException {
        if (serverChannel != null || closed) {
            throw new IllegalStateException("an echo server starts once");
        }
        ServerSocketChannel ss = ServerSocketChannel.open();
        try {
            ss.bind(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), BACKLOG);
            int count = loopCount(Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < count; i++) {
                EventLoop loop = new EventLoop("echo-loop-" + ss.socket().getLocalPort() + "-" + (i + 1), this::fault);
                loops.add(loop);
                loop.execute(() -> sweep(loop));
            }
        } catch (IOException e) {
            ss.close();
            loops.forEach(EventLoop::close);
            throw e;
        }
        serverChannel = ss;
        Threads.startDaemon("echo-accept-" + ss.socket().getLocalPort(), this::acceptLoop);
        return (InetSocketAddress) ss.getLocalAddress();
    }

    /**
     * One selector loop per two cores, at least one, at most four. One loop echoes tens of thousands of messages a
     * second; the other cores are left to what shares the machine with the server: the window showing the
     * conversations, clients on the same laptop. On two cores shared with a busy client, a second loop only took
     * turns with the client on the same cores: more wake-ups per echo (bench/proof.sh), no more echoes.
     */
    static int loopCount(int cores) {
        return Math.max(1, Math.min(4, cores / 2));
    }

    public void addConnectionListener(ConnectionListener listener) {
        events.add(listener);
    }

    public void removeConnectionListener(ConnectionListener listener) {
        events.remove(listener);
    }

    /** The connections whose handshake succeeded and that are still open, oldest first. */
    public List<ConnectionInfo> connections() {
        return connections.stream().map(ServerConnection::info).filter(Objects::nonNull)
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
        for (ServerConnection c : connections) {
            if (c.is(connection)) {
                c.ping(p);
            }
        }
    }

    /** Pings every open RFC 6455 connection. */
    public void pingAll(byte[] payload) {
        byte[] p = checkPingPayload(payload);
        for (ServerConnection c : connections) {
            c.ping(p);
        }
    }

    /** The language of close reasons and refusals from now on (English until told); the log stays English ({@link WireText}). */
    public void setPeerLanguage(Locale language) {
        peerWords = PeerWords.in(language);
    }

    PeerWords peerWords() {
        return peerWords;
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
        admission.capPerAddress(max);
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
        Lingering.closeQuietly(serverChannel);
        connections.forEach(ServerConnection::goingAway);
        awaitConnectionsEnded(1000);
        connections.forEach(ServerConnection::abort);
        awaitConnectionsEnded(500);
        loops.forEach(EventLoop::close);
    }

    /** For tests: how long a client may leave more than the queued-bytes limit unread before it is closed. */
    void setWriteTimeout(Duration timeout) {
        this.stalledTimeout = timeout;
    }

    /** How many connections are in their opening handshake now (for tests and the log). */
    int pendingHandshakes() {
        return admission.pendingHandshakes();
    }

    Duration stalledTimeout() {
        return stalledTimeout;
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

    /**
     * Records the connection from {@code peer} from now on, without waiting for its request head: it is one of ours
     * (see {@link #waitPatientlyFor}), a WebSocket client, never a page request to leave out. The live step mode's
     * connection then shows from its first step, TCP, not only once its request arrives two steps later.
     */
    public void recordAtOnce(InetSocketAddress peer) {
        for (ServerConnection c : connections) {
            if (c.peerAddress().equals(peer)) {
                c.recorded();
            }
        }
    }

    /** Whether a timeout of this client's connection is to be waited out (see {@link #waitPatientlyFor}). */
    boolean isOwnClient(InetSocketAddress peer) {
        try {
            return ownClients.test(peer);
        } catch (RuntimeException e) {
            fault(ConnectionWords.fault("own-client", e), e);
            return false;
        }
    }

    /** An open connection's reading paused (its queue past the limit): told to the listeners, who log it. */
    void readingPaused(ServerConnection c, Phrase why) {
        events.readingPaused(c.id(), c.peer(), why);
    }

    /** Something failed inside the server, on any thread: told to the listeners ({@link ServerEvents#fault}). */
    void fault(Phrase what, Exception e) {
        events.fault(what, e);
    }

    /** Counts one more open connection if the limit allows it (its handshake is then answered with 101). */
    boolean admitOpen() {
        return admission.admitOpen();
    }

    void opened(ServerConnection c) {
        events.opened(c.info());
    }

    void refused(long connection, String peer, int status, Phrase reason) {
        events.refused(connection, peer, status, reason);
    }

    void ended(ServerConnection c, int closeCode, Phrase reason) {
        connections.remove(c);
        ConnectionInfo info = c.info();
        admission.left(info != null);
        if (info != null) {
            events.closed(info, closeCode, reason);
        }
        synchronized (connections) {
            connections.notifyAll();
        }
    }

    private void acceptLoop() {
        ServerSocketChannel ss = serverChannel;
        while (!closed) {
            SocketChannel channel;
            try {
                channel = ss.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                fault(ConnectionWords.fault("accept", e), e);
                pause(); // e.g. out of file descriptors: do not spin
                continue;
            }
            try {
                serve(channel);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "a client left before it was served", e);
                Lingering.closeQuietly(channel);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(SocketChannel channel) throws IOException {
        InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
        if (!admission.admit(channel, peer, serverChannel.socket().getInetAddress(),
                () -> connections.stream().map(ServerConnection::remoteAddress).toList())) {
            return;
        }
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        EventLoop loop = loops.get(Math.floorMod(nextLoop.getAndIncrement(), loops.size()));
        // held until its request head says whether it is a WebSocket handshake or a plain HTTP request
        ServerConnection c = new ServerConnection(this, loop, channel,
                ConnectionTap.held(tap, Source.SERVER, untappedIds::incrementAndGet), peer);
        connections.add(c);
        loop.execute(c::start);
    }

    /** Each loop looks at its connections' timeouts a few times a second. */
    private void sweep(EventLoop loop) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        for (ServerConnection c : connections) {
            if (c.loop() == loop) {
                c.checkTimeouts(now);
            }
        }
        loop.schedule(sweepNanos(), () -> sweep(loop));
    }

    /** A quarter of the shortest timeout, between 10 ms and half a second. */
    private long sweepNanos() {
        long shortest = Long.MAX_VALUE;
        for (Duration d : List.of(options.handshakeTimeout(), options.idleTimeout(), stalledTimeout)) {
            if (!d.isZero()) {
                shortest = Math.min(shortest, d.toNanos());
            }
        }
        return Math.max(10_000_000L, Math.min(500_000_000L, shortest / 4));
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
}
