package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import wsinspector.dissect.Direction;
import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.MessageDeflater;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.StreamLimits;

/**
 * The lesson's client: connects to any ws:// or wss:// server in RFC 6455 or hixie-76 mode, sends what it is told
 * (fragmented at a chosen size, masked with a chosen key, or raw bytes unchanged, broken on purpose), and reports
 * what it receives on its own reading thread. Every byte goes through the wire tap.
 */
public final class WsClient implements AutoCloseable {
    /** The longest message received. */
    static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(WsClient.class.getName());

    private final ClientOptions options;
    private final Socket socket;
    private final ConnectionTap tap;
    private final TappedInputStream socketIn;
    private final FrameWriter writer;
    private final ClientListener listener;
    /** Masks and keys: secure by default; a test passes a seeded one to fix every byte (as OkHttp injects its Random). */
    private final Random random;
    /** Whether a ping is answered with a pong by itself (RFC 6455 §5.5.2); a lesson may turn it off while connected. */
    private volatile boolean autoPong;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Object sendLock = new Object();
    private String subprotocol;
    private DeflateParameters deflate;
    private MessageDeflater deflater;
    private Thread reader;
    private ByteReader in;
    private volatile boolean open;
    private volatile int closeCode = -1;
    private volatile String closeReason = "";
    /** Why the connection ended when no close frame said it (lost, failed), for the tap; null otherwise. */
    private volatile Phrase closeWhy;

    private WsClient(ClientOptions options, Socket socket, ConnectionTap tap, ClientListener listener, Random random)
            throws IOException {
        this.options = options;
        this.random = random;
        this.autoPong = options.autoPong();
        this.socket = socket;
        this.tap = tap;
        this.listener = listener;
        this.socketIn = new TappedInputStream(socket.getInputStream(), tap, Direction.SERVER_TO_CLIENT);
        this.writer = new FrameWriter(new TappedOutputStream(socket.getOutputStream(), tap, Direction.CLIENT_TO_SERVER));
    }

    /**
     * Connects and completes the opening handshake.
     *
     * @param tapOrNull where to record every byte (for wss://, the decrypted bytes), null for none
     * @param listener  hears what arrives; may be a {@code new ClientListener() {}} that ignores everything
     * @throws IOException when the connection fails or the server refuses or botches the handshake (the message says
     *                     how, e.g. "the server refused the handshake: HTTP/1.1 403 Forbidden — Origin … is not allowed")
     */
    public static WsClient connect(ClientOptions options, WireTap tapOrNull, ClientListener listener) throws IOException {
        return connect(options, tapOrNull, listener, new SecureRandom());
    }

    /** As {@link #connect(ClientOptions, WireTap, ClientListener)}, with the keys and masks drawn from {@code random}. */
    public static WsClient connect(ClientOptions options, WireTap tapOrNull, ClientListener listener, Random random)
            throws IOException {
        Socket socket = Sockets.connect(options.uri(), options.timeout());
        ConnectionTap tap = new ConnectionTap(tapOrNull, Source.CLIENT);
        tap.opened(Sockets.peer(socket));
        WsClient client = null;
        try {
            client = new WsClient(options, socket, tap, listener, random);
            client.handshake();
        } catch (IOException | RuntimeException e) {
            Lingering.closeQuietly(socket);
            tap.closed(-1, Phrase.of("net.client.handshake-failed", e instanceof HandshakeFailure h ? h.phrase()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            throw e;
        }
        client.startReading();
        return client;
    }

    /** Sends a text message, in frames of at most {@code fragmentSize} bytes (0: one frame), masked with the key (null: random per frame). */
    public void sendText(String text, int fragmentSize, byte[] maskKeyOrNull) throws IOException {
        if (options.mode() == ClientMode.HIXIE76) {
            writer.writeRaw(LegacyFrameEncoder.text(text));
        } else {
            sendMessage(Opcode.TEXT, text.getBytes(StandardCharsets.UTF_8), fragmentSize, maskKeyOrNull);
        }
    }

    /** Sends a binary message, fragmented and masked as for {@link #sendText}. */
    public void sendBinary(byte[] data, int fragmentSize, byte[] maskKeyOrNull) throws IOException {
        if (options.mode() == ClientMode.HIXIE76) {
            writer.writeRaw(LegacyFrameEncoder.binary(data));
        } else {
            sendMessage(Opcode.BINARY, data, fragmentSize, maskKeyOrNull);
        }
    }

    /** A ping (RFC 6455 §5.5.2); at most 125 bytes. Not in hixie-76, which has no ping. */
    public void ping(byte[] payload) throws IOException {
        writer.write(FrameSpec.ping(rfc6455Only(payload)).withMask(randomMask()));
    }

    /** Whether pings from now on are answered with a pong by itself (RFC 6455 §5.5.2 says they must be). */
    public void setAutoPong(boolean answer) {
        autoPong = answer;
    }

    /** A pong (RFC 6455 §5.5.3), e.g. unsolicited, as a heartbeat. */
    public void pong(byte[] payload) throws IOException {
        writer.write(FrameSpec.pong(rfc6455Only(payload)).withMask(randomMask()));
    }

    /**
     * Starts the closing handshake (RFC 6455 §7.1.2): sends a close frame with this code and reason; the server's
     * answer arrives at {@link ClientListener#onClose}. In hixie-76 mode sends {@code ff 00} (code and reason unused).
     */
    public void close(int code, String reason) throws IOException {
        if (options.mode() == ClientMode.HIXIE76) {
            if (writer.writeCloseOnce(LegacyFrameEncoder.close())) {
                firstClose(1005, "");
            }
            return;
        }
        if (writer.writeCloseOnce(FrameSpec.close(code, reason).withMask(randomMask()))) {
            firstClose(code, reason);
        }
    }

    /** Sends bytes exactly as given: a hand-built frame, an unmasked one, bad UTF-8, anything. */
    public void sendRaw(byte[] bytes) throws IOException {
        writer.writeRaw(bytes);
    }

    /** Sends one frame exactly as described (masked only if the spec has a key). */
    public void sendFrame(FrameSpec frame) throws IOException {
        writer.write(frame);
    }

    /** The client's end of the TCP connection: the address the server sees it connect from. */
    public InetSocketAddress localAddress() {
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    public boolean isOpen() {
        return open;
    }

    /** The subprotocol the server chose, null if none. */
    public String negotiatedSubprotocol() {
        return subprotocol;
    }

    /** Whether permessage-deflate was negotiated. */
    public boolean permessageDeflate() {
        return deflate != null;
    }

    /** The permessage-deflate parameters agreed in the handshake (RFC 7692 §7.1), null if none. */
    public DeflateParameters deflateParameters() {
        return deflate;
    }

    /** Closes with 1000 if still open, waits for the closing handshake (up to the timeout), then closes the socket. */
    @Override
    public void close() {
        if (open) {
            try {
                close(1000, "");
            } catch (IOException ignored) {
                // the connection is gone already
            }
            try {
                ended.await(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Lingering.closeQuietly(socket);
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(options.timeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void handshake() throws IOException {
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()));
        ClientHandshake.Request request = ClientHandshake.build(options, random);
        writer.writeRaw(request.bytes());
        ByteReader in = new ByteReader(socketIn);
        ClientHandshake.Verdict verdict = ClientHandshake.verify(request, ClientHandshake.read(in, request));
        if (!verdict.ok()) {
            throw new HandshakeFailure(verdict.detail(), verdict.log());
        }
        subprotocol = verdict.subprotocol();
        deflate = verdict.deflate();
        deflater = deflate == null ? null : new MessageDeflater(deflate.clientNoContextTakeover(), deflate.clientMaxWindowBits());
        socket.setSoTimeout(0);
        this.in = in;
    }

    private void startReading() {
        open = true;
        reader = Threads.startDaemon("ws-client-" + tap.id(), this::readLoop);
    }

    private void sendMessage(Opcode opcode, byte[] payload, int fragmentSize, byte[] maskKeyOrNull) throws IOException {
        Supplier<byte[]> masks = maskKeyOrNull != null ? maskKeyOrNull::clone : this::randomMask;
        synchronized (sendLock) { // compress and write in the same order: the deflate context is shared
            boolean compress = deflater != null;
            byte[] wire = compress ? deflater.deflate(payload) : payload;
            List<FrameSpec> frames = fragmentSize > 0
                    ? FrameEncoder.fragment(opcode.code(), wire, fragmentSize, masks)
                    : List.of(FrameSpec.of(opcode.code(), wire).withMask(masks.get()));
            if (compress) {
                frames = new ArrayList<>(frames);
                frames.set(0, frames.get(0).withRsv1(true)); // RFC 7692 §6: RSV1 on the first frame only
            }
            writer.write(frames);
        }
    }

    private void readLoop() {
        try {
            if (options.mode() == ClientMode.HIXIE76) {
                readLegacy();
            } else {
                readRfc6455();
            }
        } catch (ProtocolFailure f) {
            failed(f);
        } catch (EOFException e) {
            lost(Phrase.of("net.client.lost.eof"));
        } catch (IOException | RuntimeException e) {
            lost(Phrase.of("net.client.lost", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            open = false;
            Lingering.closeQuietly(socket);
            tap.closed(closeCode, closeWhy != null ? closeWhy : ConnectionWords.peerSaid(closeReason));
            ended.countDown();
        }
    }

    private void readRfc6455() throws IOException {
        BlockingReader messages = BlockingReader.rfc6455(in, Role.SERVER, deflate, StreamLimits.ofMessageBytes(MAX_MESSAGE_BYTES));
        while (true) {
            Incoming next = messages.next();
            if (next instanceof Incoming.Message m) {
                notify(() -> listener.onMessage(m.opcode().code(), m.payload()));
            } else if (control((Incoming.Control) next)) {
                return;
            }
        }
    }

    /** Handles a control frame; true when it was the close that ends the connection. */
    private boolean control(Incoming.Control c) throws IOException {
        switch (c.opcode()) {
            case PING -> {
                if (autoPong && !writer.closeSent()) { // answered first: a listener may be slow
                    writer.write(FrameSpec.pong(c.payload()).withMask(randomMask()));
                }
                notify(() -> listener.onPing(c.payload()));
                return false;
            }
            case PONG -> {
                notify(() -> listener.onPong(c.payload()));
                return false;
            }
            default -> {
                firstClose(c.closeCode(), c.closeReason());
                FrameSpec reply = c.payload().length == 0 ? FrameSpec.close() : FrameSpec.close(c.closeCode(), "");
                writer.writeCloseOnce(reply.withMask(randomMask()));
                Lingering.close(socket, socketIn); // RFC 6455 §7.1.1: the server closes TCP first
                closed(c.closeCode(), c.closeReason());
                return true;
            }
        }
    }

    private void readLegacy() throws IOException {
        BlockingReader frames = BlockingReader.legacy(in, MAX_MESSAGE_BYTES);
        while (true) {
            Incoming.Legacy next = (Incoming.Legacy) frames.next();
            LegacyFrame f = next.frame();
            if (next.close()) {
                writer.writeCloseOnce(LegacyFrameEncoder.close());
                Lingering.close(socket, socketIn);
                closeWhy = Phrase.of("net.client.legacy-closed");
                closed(1005, "");
                return;
            }
            int opcode = f.kind() == LegacyFrame.Kind.TEXT_SENTINEL ? Opcode.TEXT.code() : Opcode.BINARY.code();
            notify(() -> listener.onMessage(opcode, f.payload()));
        }
    }

    /** The server broke a rule: close with the code naming it (RFC 6455 §7.1.7). */
    private void failed(ProtocolFailure f) {
        closeWhy = Phrase.of("net.client.broke", ConnectionWords.verdict(f.problem()));
        notify(() -> listener.onError(closeWhy));
        try {
            if (options.mode() == ClientMode.RFC6455
                    && writer.writeCloseOnce(FrameSpec.close(f.closeCode(), f.closeReason()).withMask(randomMask()))) {
                firstClose(f.closeCode(), f.closeReason());
            }
        } catch (IOException ignored) {
            // the connection is failed either way
        }
        closed(f.closeCode(), f.closeReason());
    }

    /** The TCP connection ended: after hixie-76's closing handshake that is the end, otherwise it was lost. */
    private void lost(Phrase why) {
        boolean closingHandshakeDone = options.mode() == ClientMode.HIXIE76 && writer.closeSent();
        if (!closingHandshakeDone) {
            notify(() -> listener.onError(why));
        }
        if (closeReason.isEmpty() && closeWhy == null) {
            closeWhy = why;
        }
        closed(closingHandshakeDone ? 1005 : 1006, closeReason);
    }

    /** The connection is over: not open any more, then the listener hears it (so isOpen() is false in onClose). */
    private void closed(int code, String reason) {
        open = false;
        notify(() -> listener.onClose(code, reason));
    }

    private void firstClose(int code, String reason) {
        if (closeCode == -1) {
            closeCode = code;
            closeReason = reason;
        }
    }

    private byte[] rfc6455Only(byte[] payload) {
        if (options.mode() != ClientMode.RFC6455) {
            throw new IllegalStateException("hixie-76 has no ping or pong frames");
        }
        return payload == null ? new byte[0] : payload;
    }

    private byte[] randomMask() {
        byte[] key = new byte[4];
        random.nextBytes(key);
        return key;
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a client listener failed", e);
        }
    }
}
