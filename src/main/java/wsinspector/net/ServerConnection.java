package wsinspector.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import wsinspector.dissect.Direction;
import wsinspector.protocol.Phrase;

/**
 * One client of the echo server, on a non-blocking socket served by one {@link EventLoop}: the opening handshake
 * ({@link HandshakeStep}), then the echo of RFC 6455 or of the hixie drafts ({@link EchoSession}), then the closing:
 * a close frame sent, FIN, what the client still sends read until it closes or a short time passes (RFC 6455
 * §7.1.1: the server closes TCP first, without a reset that would lose the close frame). Whatever the client does,
 * only this connection is affected; every method runs on the loop's thread.
 */
final class ServerConnection implements EventLoop.Handler {
    private enum Phase { HANDSHAKE, OPEN, CLOSING, ENDED }

    /** Bytes drained while closing before giving up on the client's FIN. */
    private static final int MAX_DRAIN = 1 << 20;
    private static final byte[] NO_BYTES = new byte[0];

    private final EchoServer server;
    private final EventLoop loop;
    private final SocketChannel channel;
    private final ConnectionTap tap;
    private final String peer;
    private final InetSocketAddress peerAddress;
    private final long connectedNanos = System.nanoTime();
    private final ConnectionOutput output;
    /** Answers waiting for their turn (an echo for its delay, what came after it for the echo). */
    private final AnswerQueue answers;
    private SelectionKey key;
    private Phase phase = Phase.HANDSHAKE;
    private HandshakeStep handshake;
    private EchoSession session;
    private long lastReadNanos = connectedNanos;
    private long closingDeadlineNanos;
    private int drained;
    private boolean inputStopped;
    private boolean closeSent;
    private volatile ConnectionInfo info;
    private final CloseRecord close = new CloseRecord();

    ServerConnection(EchoServer server, EventLoop loop, SocketChannel channel, ConnectionTap tap,
                     InetSocketAddress peerAddress) {
        this.server = server;
        this.loop = loop;
        this.channel = channel;
        this.tap = tap;
        this.peerAddress = peerAddress;
        this.peer = peerAddress.getAddress().getHostAddress() + ":" + peerAddress.getPort();
        this.answers = new AnswerQueue(loop);
        this.output = new ConnectionOutput(loop, channel, tap, server.options().limits().maxQueuedBytes());
    }

    /** Its number, taken now if it has none yet (it is being recorded, refused or opened). */
    long id() {
        return tap.id();
    }

    /** Whether it has this number; gives it none. */
    boolean is(long number) {
        return tap.is(number);
    }

    EventLoop loop() {
        return loop;
    }

    /** The client's address, for the cap per address. */
    InetAddress remoteAddress() {
        return peerAddress.getAddress();
    }

    InetSocketAddress peerAddress() {
        return peerAddress;
    }

    /** The client's address and port as the log names it. */
    String peer() {
        return peer;
    }

    /** The connection as its handshake settled it; null until the handshake succeeded. Any thread. */
    ConnectionInfo info() {
        return info;
    }

    /** Whether it is still in its opening handshake (counted against the pending handshakes). */
    boolean pending() {
        return phase == Phase.HANDSHAKE;
    }

    /** Starts serving: registers the socket with the loop. */
    void start() {
        tap.opened(peer);
        if (server.isOwnClient(peerAddress)) {
            recorded();   // the window's own stepped client: no page request to tell apart, its connection shows at once
        }
        try {
            key = loop.register(channel, this);
            output.registered(key);
            handshake = new HandshakeStep(this, server);
        } catch (IOException e) {
            end(ConnectionWords.lost(describe(e)));
        }
    }

    @Override
    public void readable(ByteBuffer into) {
        int n;
        byte[] buffer = into.array();
        try {
            n = channel.read(into);
        } catch (IOException e) {
            lost(describe(e));
            return;
        }
        if (n < 0) {
            endOfInput();
            return;
        }
        if (n == 0) {
            return;
        }
        lastReadNanos = System.nanoTime();
        tap.bytes(Direction.CLIENT_TO_SERVER, buffer, 0, n);
        if (inputStopped) {
            drained += n;
            if (phase == Phase.CLOSING && drained > MAX_DRAIN) {
                end(null);
            }
            return;
        }
        if (phase == Phase.HANDSHAKE) {
            handshake.feed(buffer, 0, n);
        } else if (phase == Phase.OPEN) {
            session.feedInPlace(buffer, 0, n); // recorded above: the session may unmask in the loop's buffer
        }
    }

    @Override
    public void writable() {
        flush();
    }

    /** The handshake was answered with 101: the session starts with what came after the request. */
    void opened(ServerHandshake.Accepted a, String userAgent, byte[] rest) {
        info = new ConnectionInfo(tap.id(), peer, a.kind(), a.path(), a.subprotocol(), a.deflate() != null,
                ConnectionTap.nowNanos(), userAgent);
        session = new EchoSession(this, server, a);
        send(a.response());
        phase = Phase.OPEN;
        lastReadNanos = System.nanoTime();
        server.opened(this);
        if (rest.length > 0 && !inputStopped) {
            session.feed(rest, 0, rest.length);
        }
    }

    /** The handshake was refused: the answer, then the closing. */
    void refused(int status, Phrase why, byte[] response) {
        stopInput();
        close.refused(status, why);
        server.refused(id(), peer, status, why);
        if (response != null) {
            send(response);
        }
        closing();
    }

    /** A plain HTTP request (the student page): answered, unrecorded, then the connection ends. */
    void answeredPlainHttp(byte[] response) {
        tap.discard();
        stopInput();
        send(response);
        closing();
    }

    /** Stops the handshake's hold on the tap: from now on the connection is recorded. */
    void recorded() {
        tap.pass();
    }

    /** Sends bytes to the client, recorded as they are queued (so a reply is never recorded before them). */
    void send(byte[] bytes) {
        send(bytes, NO_BYTES);
    }

    /** Sends a frame's header and payload as one piece (one write, one chunk of the tap), without joining them. */
    void send(byte[] header, byte[] payload) {
        send(header, header.length, payload, 0, payload.length, false);
    }

    /**
     * As {@link #send(byte[], byte[])}, for bytes lent until this returns: {@code header[0 .. headerLength)} and
     * {@code payload[off .. off+len)} (an echo from where the loop read it), copied only if they must wait.
     */
    void sendLent(byte[] header, int headerLength, byte[] payload, int off, int len) {
        send(header, headerLength, payload, off, len, true);
    }

    private void send(byte[] header, int headerLength, byte[] payload, int off, int len, boolean lent) {
        if (phase == Phase.ENDED) {
            return;
        }
        try {
            if (output.send(header, headerLength, payload, off, len, lent)) {
                readingPaused();
            }
        } catch (IOException e) {
            lost(describe(e));
        }
    }

    /** Sends a closing frame unless one was sent (RFC 6455 §5.5.1 allows one); whether this call sent it. */
    boolean sendCloseOnce(byte[] closeFrame) {
        if (closeSent) {
            return false;
        }
        closeSent = true;
        send(closeFrame);
        return true;
    }

    boolean closeSent() {
        return closeSent;
    }

    /** From now on what the client sends is read (it is recorded, and its FIN is seen) but not acted on. */
    void stopInput() {
        inputStopped = true;
    }

    /**
     * Runs an answer in the order the client's frames came, not before {@code delayMillis} from now: the lesson's
     * delay holds back the echo and whatever the client sent after the message.
     */
    void respond(long delayMillis, Runnable answer) {
        answers.add(delayMillis, answer);
    }

    /** Whether an answer without delay would run at once (so the caller may run it without wrapping it). */
    boolean answersNow(long delayMillis) {
        return delayMillis <= 0 && answers.isEmpty() && phase != Phase.ENDED;
    }

    /** Records the first close frame: its reason as on the wire (for the tap) and for a person. */
    void firstClose(int code, String reason, Phrase why) {
        close.firstClose(code, reason, why);
    }

    /** Records why a connection without a closing handshake ended, unless a close frame already said why. */
    void ended(Phrase why) {
        close.ended(why);
    }

    /** Starts the closing: once what is queued is sent, FIN, then the client's FIN is waited for a short time. */
    void closing() {
        if (phase == Phase.CLOSING || phase == Phase.ENDED) {
            return;
        }
        stopInput();
        phase = Phase.CLOSING;
        closingDeadlineNanos = System.nanoTime() + Lingering.LINGER_MILLIS * 1_000_000L;
        try {
            output.finWhenSent();
        } catch (IOException e) {
            lost(describe(e));
        }
    }

    /** A ping from the window; any thread. */
    void ping(byte[] payload) {
        loop.execute(() -> {
            if (phase == Phase.OPEN && session != null) {
                session.ping(payload);
            }
        });
    }

    /** The server is shutting down; any thread. */
    void goingAway() {
        loop.execute(() -> {
            if (phase == Phase.OPEN && session != null) {
                session.goingAway();
            } else if (phase == Phase.HANDSHAKE) {
                end(ConnectionWords.shuttingDown());
            }
        });
    }

    /** Closes at once; any thread. */
    void abort() {
        loop.execute(() -> end(ConnectionWords.shuttingDown()));
    }

    /** The timeouts, looked at a few times a second by the server's sweep; loop thread. */
    void checkTimeouts(long now) {
        EchoServerOptions o = server.options();
        if (phase == Phase.HANDSHAKE) {
            long limit = o.handshakeTimeout().toNanos();
            if (limit > 0 && now - connectedNanos > limit && !server.isOwnClient(peerAddress)) {
                Phrase why = ConnectionWords.noHandshake(o.handshakeTimeout());
                close.refused(0, why);
                end(null); // closed before it is reported: whoever hears of it finds it closed
                server.refused(id(), peer, -1, why);
            }
        } else if (phase == Phase.OPEN) {
            long stalled = server.stalledTimeout().toNanos();
            if (output.stalledLongerThan(stalled, now)) {
                Phrase why = ConnectionWords.notReading(output.queued(), server.stalledTimeout());
                session.policyClose(why);
                end(null); // it does not read: the close frame would wait behind the rest for ever
                return;
            }
            long idle = o.idleTimeout().toNanos();
            if (idle > 0 && now - lastReadNanos > idle && !server.isOwnClient(peerAddress)) {
                Phrase why = ConnectionWords.idle(o.idleTimeout());
                session.idle(why);
            }
        } else if (phase == Phase.CLOSING && now - closingDeadlineNanos > 0) {
            end(null);
        }
    }

    private void flush() {
        if (phase == Phase.ENDED) {
            return;
        }
        try {
            output.flush();
        } catch (IOException e) {
            lost(describe(e));
        }
    }

    /** Past the limit of queued bytes, reading stops (and the clock of the stalled timeout starts) until it drains. */
    private void readingPaused() {
        server.readingPaused(this, ConnectionWords.readingPaused(server.options().limits().maxQueuedBytes()));
    }

    private void endOfInput() {
        if (phase == Phase.CLOSING) {
            end(null);
        } else if (phase == Phase.HANDSHAKE) {
            Phrase why = ConnectionWords.closedBeforeHandshake();
            close.refused(0, why);
            server.refused(id(), peer, -1, why);
            end(null);
        } else {
            lost(null);
        }
    }

    private void lost(String detail) {
        if (phase == Phase.CLOSING) {
            end(null);
            return;
        }
        end(ConnectionWords.lost(detail));
    }

    /** The connection is over: the socket closed, the server and the tap told, once. */
    private void end(Phrase why) {
        if (phase == Phase.ENDED) {
            return;
        }
        if (why != null) {
            ended(why);
        }
        phase = Phase.ENDED;
        answers.stop();
        output.clear();
        if (key != null) {
            key.cancel();
        }
        Lingering.closeQuietly(channel);
        // Leave the server's registry before telling the tap, so whoever sees Closed sees the connection gone.
        server.ended(this, close.code(), close.why());
        tap.pass(); // a connection that ended before its head was judged is recorded as it was (unless discarded)
        tap.closed(close.code(), close.why());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
