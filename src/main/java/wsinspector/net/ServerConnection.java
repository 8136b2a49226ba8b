package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import wsinspector.dissect.Direction;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.MessageDeflater;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;

/**
 * One client of the echo server, on its own thread: the opening handshake, then the echo loop of RFC 6455 or of
 * the hixie drafts, then the closing handshake. Whatever the client does, only this connection is affected.
 */
final class ServerConnection implements Runnable {
    private final EchoServer server;
    private final Socket socket;
    private final ConnectionTap tap;
    private final String peer;
    private TappedInputStream socketIn;
    private TappedOutputStream socketOut;
    private FrameWriter writer;
    private volatile ConnectionInfo info;
    /** The code and reason of the first close frame, sent or received; -1 while there is none. */
    private volatile int closeCode = -1;
    private volatile String closeReason = "";
    /** The request's User-Agent, once its head is read. */
    private String userAgent;
    /** Why the connection ended, for whoever shows it to a person; null while nothing says why. */
    private volatile Phrase closeWhy;

    ServerConnection(EchoServer server, Socket socket, ConnectionTap tap) {
        this.server = server;
        this.socket = socket;
        this.tap = tap;
        this.peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    long id() {
        return tap.id();
    }

    /** The client's address, for the cap per address. */
    InetAddress remoteAddress() {
        return socket.getInetAddress();
    }

    /** The connection as its handshake settled it; null until the handshake succeeded. */
    ConnectionInfo info() {
        return info;
    }

    /** How long the write in progress has been blocked (0 if none), for the server's write watchdog. */
    long writeBlockedNanos() {
        TappedOutputStream out = socketOut;
        return out == null ? 0 : out.blockedNanos();
    }

    @Override
    public void run() {
        tap.opened(peer);
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis(server.options().handshakeTimeout()));
            socketIn = new TappedInputStream(socket.getInputStream(), tap, Direction.CLIENT_TO_SERVER);
            socketOut = new TappedOutputStream(socket.getOutputStream(), tap, Direction.SERVER_TO_CLIENT);
            writer = new FrameWriter(socketOut);
            ByteReader in = new ByteReader(socketIn);
            ServerHandshake.Accepted accepted = handshake(in);
            if (accepted != null) {
                open(accepted);
                session(accepted, in);
            }
        } catch (IOException | RuntimeException e) {
            ended(ConnectionWords.lost(describe(e)));
        } finally {
            Lingering.closeQuietly(socket);
            // Leave the server's registry before telling the tap, so whoever sees Closed sees the connection gone.
            server.ended(this, closeCode, closeWhy);
            tap.pass(); // a connection that ended before its head was judged is recorded as it was (unless discarded)
            tap.closed(closeCode, closeReason);
        }
    }

    /** Sends a ping (RFC 6455 §5.5.2); nothing for the drafts, which have none. */
    void ping(byte[] payload) {
        ConnectionInfo i = info;
        if (i == null || i.kind() != HandshakeKind.RFC6455) {
            return;
        }
        try {
            writer.write(FrameSpec.ping(payload));
        } catch (IOException e) {
            Lingering.closeQuietly(socket); // the reading thread ends the connection
        }
    }

    /** The server is shutting down: close 1001 if the connection is idle enough to take it, then FIN. */
    void goingAway() {
        ConnectionInfo i = info;
        try {
            if (i != null && i.kind() == HandshakeKind.RFC6455) {
                FrameSpec close = FrameSpec.close(CloseCode.GOING_AWAY.code(), "server shutting down");
                if (writer.tryWriteCloseOnce(close)) {
                    firstClose(CloseCode.GOING_AWAY.code(), "server shutting down", ConnectionWords.shuttingDown());
                }
            } else if (i != null && i.kind() == HandshakeKind.HIXIE76) {
                writer.writeRaw(LegacyFrameEncoder.close());
            }
            socket.shutdownOutput();
        } catch (IOException | RuntimeException e) {
            Lingering.closeQuietly(socket);
        }
    }

    /** Closes the socket at once (shutdown, or a write blocked too long). */
    void abort() {
        Lingering.closeQuietly(socket);
    }

    /**
     * Not a WebSocket handshake: the server's plain HTTP side answers it (the student page), unrecorded, so that a
     * page load is no conversation in the lecturer's timeline; then the connection ends.
     */
    private void answerPlainHttp(HttpHead head) throws IOException {
        tap.discard();
        InetSocketAddress from = (InetSocketAddress) socket.getRemoteSocketAddress();
        writer.writeRaw(server.plainHttp().answer(head, from));
        Lingering.close(socket, socketIn);
    }

    private ServerHandshake.Accepted handshake(ByteReader in) throws IOException {
        ServerHandshake.Outcome outcome;
        try {
            long headAt = in.position();
            HttpHead head = readHeadPatiently(in);
            if (head.isRequest() && HandshakeKind.ofRequest(head) == HandshakeKind.NOT_WEBSOCKET) {
                answerPlainHttp(head);
                return null;
            }
            tap.pass();
            outcome = ServerHandshake.answer(head, headAt, in, server.options());
            userAgent = head.first("User-Agent").orElse(null);
        } catch (ByteReader.MalformedHeadException e) {
            outcome = ServerHandshake.badRequest(e.why());
        } catch (SocketTimeoutException e) {
            Lingering.closeQuietly(socket); // closed before it is reported: whoever hears of it finds it closed
            refuse(-1, ConnectionWords.noHandshake(server.options().handshakeTimeout()));
            return null;
        } catch (EOFException e) {
            refuse(-1, ConnectionWords.closedBeforeHandshake());
            return null;
        }
        if (outcome instanceof ServerHandshake.Accepted a) {
            // Known before the client can read its 101, so a client that connected finds itself in connections().
            info = new ConnectionInfo(tap.id(), peer, a.kind(), a.path(), a.subprotocol(), a.deflate() != null,
                    ConnectionTap.nowNanos(), userAgent);
        }
        writer.writeRaw(outcome.response());
        if (outcome instanceof ServerHandshake.Refused r) {
            refuse(r.status(), r.why());
            Lingering.close(socket, socketIn);
            return null;
        }
        return (ServerHandshake.Accepted) outcome;
    }

    /**
     * The request head; when the handshake timeout runs out on one of the application's own clients (a lecturer
     * explaining a step), waits on without a limit. Reading again is safe: the reader keeps what it already read.
     */
    private HttpHead readHeadPatiently(ByteReader in) throws IOException {
        while (true) {
            try {
                return in.readHead().head();
            } catch (SocketTimeoutException e) {
                if (!isOwnClient()) {
                    throw e;
                }
                socket.setSoTimeout(0);
            }
        }
    }

    private boolean isOwnClient() {
        return socket.getRemoteSocketAddress() instanceof InetSocketAddress a && server.isOwnClient(a);
    }

    private void refuse(int status, Phrase why) {
        closeReason = (status > 0 ? "refused with " + status + ": " : "refused: ") + WireText.of(why);
        closeWhy = why;
        server.refused(id(), peer, status, why);
    }

    private void open(ServerHandshake.Accepted a) throws IOException {
        // the application's own step-mode client waits for its lecturer: never idle-timed out
        socket.setSoTimeout(isOwnClient() ? 0 : millis(server.options().idleTimeout()));
        server.opened(this);
    }

    private void session(ServerHandshake.Accepted a, ByteReader in) throws IOException {
        try {
            if (a.kind() == HandshakeKind.RFC6455) {
                rfc6455(a, in);
            } else {
                legacy(a.kind(), in);
            }
        } catch (SocketTimeoutException e) {
            idle();
        } catch (EOFException e) {
            ended(ConnectionWords.lost(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended(ConnectionWords.shuttingDown());
        }
    }

    private void rfc6455(ServerHandshake.Accepted a, ByteReader in) throws IOException, InterruptedException {
        MessageDeflater deflater = a.deflate() == null ? null : new MessageDeflater(a.deflate().serverNoContextTakeover(),
                a.deflate().serverMaxWindowBits());
        BlockingReader reader = BlockingReader.rfc6455(in, Role.CLIENT, a.deflate(), server.options().streamLimits());
        try {
            while (true) {
                Incoming next = reader.next();
                if (next instanceof Incoming.Message m) {
                    echo(m, deflater);
                } else if (control((Incoming.Control) next)) {
                    return;
                }
            }
        } catch (ProtocolFailure f) {
            fail(f);
        }
    }

    private void echo(Incoming.Message m, MessageDeflater deflater) throws IOException, InterruptedException {
        delay();
        if (writer.closeSent()) {
            return; // the server is going away: nothing may follow the close frame
        }
        if (deflater != null && m.compressed()) {
            writer.writeUnmasked(true, m.opcode(), deflater.deflate(m.payload()));
        } else {
            writer.writeUnmasked(false, m.opcode(), m.payload());
        }
    }

    /** Handles a control frame; true when it ended the connection (a close). */
    private boolean control(Incoming.Control c) throws IOException {
        switch (c.opcode()) {
            case PING -> {
                if (server.answerPings() && !writer.closeSent()) {
                    writer.write(FrameSpec.pong(c.payload()));
                }
                return false;
            }
            case PONG -> {
                return false; // an answer to our ping, or unsolicited (RFC 6455 §5.5.3): nothing to do
            }
            default -> {
                firstClose(c.closeCode(), c.closeReason(), ConnectionWords.peerSaid(c.closeReason()));
                // Echo the code (RFC 6455 §5.5.1); a close without a body gets one without a body.
                writer.writeCloseOnce(c.payload().length == 0 ? FrameSpec.close() : FrameSpec.close(c.closeCode(), ""));
                Lingering.close(socket, socketIn);
                return true;
            }
        }
    }

    /** Fails the connection (RFC 6455 §7.1.7): a close frame naming the rule, then the lingering close. */
    private void fail(ProtocolFailure f) throws IOException {
        if (writer.writeCloseOnce(FrameSpec.close(f.closeCode(), f.closeReason()))) {
            firstClose(f.closeCode(), f.closeReason(), ConnectionWords.verdict(f.problem()));
        }
        Lingering.close(socket, socketIn);
    }

    private void legacy(HandshakeKind kind, ByteReader in) throws IOException, InterruptedException {
        BlockingReader reader = BlockingReader.legacy(in, server.options().maxMessageBytes());
        try {
            while (true) {
                Incoming.Legacy f = (Incoming.Legacy) reader.next();
                if (f.close() && kind == HandshakeKind.HIXIE76) {
                    writer.writeRaw(LegacyFrameEncoder.close()); // draft-hixie-76 §4.2
                    ended(ConnectionWords.legacyClosingHandshake());
                    Lingering.close(socket, socketIn);
                    return;
                }
                delay();
                writer.writeRaw(LegacyFrameEncoder.frame(f.frame().frameType(), f.frame().payload()));
            }
        } catch (ProtocolFailure f) {
            ended(ConnectionWords.verdict(f.problem())); // the drafts have no close codes: the connection just ends
        }
    }

    private void idle() throws IOException {
        Phrase why = ConnectionWords.idle(server.options().idleTimeout());
        String reason = WireText.of(why);
        ConnectionInfo i = info;
        if (i != null && i.kind() == HandshakeKind.RFC6455
                && writer.writeCloseOnce(FrameSpec.close(CloseCode.GOING_AWAY.code(), reason))) {
            firstClose(CloseCode.GOING_AWAY.code(), reason, why);
        } else {
            ended(why);
        }
        Lingering.close(socket, socketIn);
    }

    private void delay() throws InterruptedException {
        long millis = server.delayMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Records the first close frame: its reason as on the wire (for the tap) and for a person. */
    private void firstClose(int code, String reason, Phrase why) {
        if (closeCode == -1) {
            closeCode = code;
            closeReason = reason;
            closeWhy = why;
        }
    }

    /** Records why a connection without a closing handshake ended, unless a close frame already said why. */
    private void ended(Phrase why) {
        if (closeCode == -1 && closeReason.isEmpty()) {
            closeReason = WireText.of(why);
            closeWhy = why;
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
