package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import wsinspector.dissect.Direction;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameValidator;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * The client side of a connection, one step at a time, for a lecture: {@link #next()} opens the TCP connection,
 * builds the request, sends it, reads the response, verifies the accept key, then sends and receives the frames
 * queued with {@link #queueText}, {@link #queuePing}, {@link #queueClose}… Each step returns its exact bytes and
 * an explanation key. Nothing happens between steps (no automatic pong): the GUI paces it. The bytes go through the
 * wire tap like any other client's. Call {@link #next()} off the GUI thread: a receive step blocks, up to the
 * options' timeout.
 */
public final class SteppedClient implements AutoCloseable {
    /** The longest frame a receive step reads (a lecture shows small frames). */
    static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

    private final ClientOptions options;
    private final WireTap tap;
    private final Random random;
    private final List<Step> steps = new ArrayList<>();
    private int done;
    private Socket socket;
    private ConnectionTap conn;
    private TappedOutputStream out;
    private ByteReader in;
    private TappedInputStream tappedIn;
    private ClientHandshake.Request request;
    private ClientHandshake.Response response;
    private boolean deflate;
    private int closeCode = -1;
    private String closeReason = "";

    private record Step(StepKind kind, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        StepResult run() throws IOException;
    }

    public SteppedClient(ClientOptions options, WireTap tapOrNull) {
        this(options, tapOrNull, new SecureRandom());
    }

    /** With a seeded Random, the keys and masks (and so every byte) are the same each run. */
    SteppedClient(ClientOptions options, WireTap tapOrNull, Random random) {
        this.options = options;
        this.tap = tapOrNull;
        this.random = random;
        steps.add(new Step(StepKind.OPEN_TCP, this::openTcp));
        steps.add(new Step(StepKind.BUILD_REQUEST, this::buildRequest));
        steps.add(new Step(StepKind.SEND_REQUEST, this::sendRequest));
        steps.add(new Step(StepKind.RECEIVE_RESPONSE, this::receiveResponse));
        steps.add(new Step(StepKind.VERIFY_ACCEPT, this::verifyAccept));
    }

    /** Every step, those done and those to come, in order. */
    public synchronized List<StepKind> plan() {
        return steps.stream().map(Step::kind).toList();
    }

    /** How many steps are done: the index in {@link #plan()} of the next one. */
    public synchronized int position() {
        return done;
    }

    public synchronized boolean hasNext() {
        return done < steps.size();
    }

    /**
     * Takes the next step.
     *
     * @throws IllegalStateException when there is none left
     * @throws IOException           when the network fails (the step's connection is then closed)
     */
    public synchronized StepResult next() throws IOException {
        if (!hasNext()) {
            throw new IllegalStateException("no step left: queue a message, or the connection is closed");
        }
        Step step = steps.get(done++);
        StepResult result;
        try {
            result = step.action().run();
        } catch (IOException e) {
            abandon();
            throw e;
        }
        if (!result.ok()) {
            abandon();
        }
        return result;
    }

    /** Queues a text message: a step to send its frame, a step to receive the echo. */
    public synchronized SteppedClient queueText(String text) {
        byte[] frame = options.mode() == ClientMode.HIXIE76 ? LegacyFrameEncoder.text(text)
                : FrameEncoder.encode(FrameSpec.text(text).withMask(mask()));
        return queue(frame);
    }

    /** Queues a binary message and its echo. */
    public synchronized SteppedClient queueBinary(byte[] data) {
        byte[] frame = options.mode() == ClientMode.HIXIE76 ? LegacyFrameEncoder.binary(data)
                : FrameEncoder.encode(FrameSpec.binary(data).withMask(mask()));
        return queue(frame);
    }

    /** Queues a ping and the pong that should answer it (RFC 6455 only). */
    public synchronized SteppedClient queuePing(byte[] payload) {
        if (options.mode() == ClientMode.HIXIE76) {
            throw new IllegalStateException("hixie-76 has no ping");
        }
        return queue(FrameEncoder.encode(FrameSpec.ping(payload).withMask(mask())));
    }

    /** Queues any frame as described, and a step to receive what the server answers (an echo, a close…). */
    public synchronized SteppedClient queueFrame(FrameSpec frame) {
        return queue(FrameEncoder.encode(frame));
    }

    /** Queues the closing handshake: send a close, receive the server's, close TCP. */
    public synchronized SteppedClient queueClose(int code, String reason) {
        byte[] frame = options.mode() == ClientMode.HIXIE76 ? LegacyFrameEncoder.close()
                : FrameEncoder.encode(FrameSpec.close(code, reason).withMask(mask()));
        queue(frame);
        steps.add(new Step(StepKind.CLOSE_TCP, this::closeTcp));
        return this;
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            Lingering.closeQuietly(socket);
            conn.closed(closeCode, closeReason.isEmpty() ? "step mode ended" : closeReason);
        }
        steps.subList(done, steps.size()).clear();
    }

    /** A step to send the frame and one to receive what answers it. */
    private SteppedClient queue(byte[] frame) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).kind() == StepKind.CLOSE_TCP) {
            throw new IllegalStateException("the connection is closed at the end of the plan");
        }
        steps.add(new Step(StepKind.SEND_FRAME, () -> sendFrame(frame)));
        steps.add(new Step(StepKind.RECEIVE_FRAME, this::receiveFrame));
        return this;
    }

    /** After a failed step, only the closing of the connection remains. */
    private void abandon() {
        steps.subList(done, steps.size()).clear();
        if (socket != null && !socket.isClosed()) {
            steps.add(new Step(StepKind.CLOSE_TCP, this::closeTcp));
        }
    }

    private StepResult openTcp() throws IOException {
        socket = Sockets.connect(options.uri(), options.timeout());
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()));
        conn = new ConnectionTap(tap, Source.CLIENT);
        conn.opened(Sockets.peer(socket));
        out = new TappedOutputStream(socket.getOutputStream(), conn, Direction.CLIENT_TO_SERVER);
        tappedIn = new TappedInputStream(socket.getInputStream(), conn, Direction.SERVER_TO_CLIENT);
        in = new ByteReader(tappedIn);
        String detail = "connected from " + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort()
                + " to " + Sockets.peer(socket) + (Sockets.isSecure(options.uri()) ? " over TLS" : "");
        return new StepResult(StepKind.OPEN_TCP, null, null, "lesson.tcp", true, detail);
    }

    private StepResult buildRequest() {
        request = ClientHandshake.build(options, random);
        String detail = request.mode() == ClientMode.HIXIE76
                ? "hixie-76 request with Sec-WebSocket-Key1, Key2 and 8 bytes of key3 after the blank line"
                : "RFC 6455 request with Sec-WebSocket-Key " + request.key();
        return new StepResult(StepKind.BUILD_REQUEST, Direction.CLIENT_TO_SERVER, request.bytes(), "lesson.request",
                true, detail);
    }

    private StepResult sendRequest() throws IOException {
        out.write(request.bytes());
        out.flush();
        return new StepResult(StepKind.SEND_REQUEST, Direction.CLIENT_TO_SERVER, request.bytes(), "lesson.send-request",
                true, request.bytes().length + " bytes sent");
    }

    private StepResult receiveResponse() throws IOException {
        try {
            response = ClientHandshake.read(in, request);
        } catch (ByteReader.MalformedHeadException | EOFException | SocketTimeoutException e) {
            return new StepResult(StepKind.RECEIVE_RESPONSE, Direction.SERVER_TO_CLIENT, null, "lesson.response", false,
                    "no valid response: " + e.getMessage());
        }
        return new StepResult(StepKind.RECEIVE_RESPONSE, Direction.SERVER_TO_CLIENT, response.bytes(), "lesson.response",
                true, response.head().startLine());
    }

    private StepResult verifyAccept() {
        ClientHandshake.Verdict v = ClientHandshake.verify(request, response);
        deflate = v.deflate() != null;
        String key = request.mode() == ClientMode.HIXIE76 ? "lesson.challenge" : "lesson.accept";
        return new StepResult(StepKind.VERIFY_ACCEPT, null, null, key, v.ok(), v.detail());
    }

    private StepResult sendFrame(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        String detail = options.mode() == ClientMode.HIXIE76 ? legacyDetail(frame) : rfcDetail(frame);
        noteClose(frame);
        return new StepResult(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER, frame, "lesson.send-frame", true, detail);
    }

    private StepResult receiveFrame() throws IOException {
        in.startCapture();
        try {
            return options.mode() == ClientMode.HIXIE76 ? receiveLegacyFrame() : receiveRfcFrame();
        } catch (EOFException | SocketTimeoutException e) {
            byte[] partial = in.endCapture();
            String why = e instanceof EOFException ? "the server closed the connection" : "nothing arrived within "
                    + options.timeout().toSeconds() + " s";
            return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, partial, "lesson.receive-frame",
                    false, why);
        } finally {
            in.endCapture();
        }
    }

    private StepResult receiveRfcFrame() throws IOException {
        byte[] two = in.readFully(2);
        byte[] headerBytes = Arrays.copyOf(two, FrameHeader.headerLength(two[1] & 0xFF));
        in.readFully(headerBytes, 2, headerBytes.length - 2);
        FrameHeader h = FrameHeader.parse(headerBytes, 0, headerBytes.length).orElseThrow();
        if (h.lengthTopBitSet() || h.payloadLength() > MAX_FRAME_BYTES) {
            return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, in.endCapture(),
                    "lesson.receive-frame", false, "the frame announces " + Long.toUnsignedString(h.payloadLength())
                    + " bytes, more than the step mode reads");
        }
        in.readFully((int) h.payloadLength());
        byte[] wire = in.endCapture();
        List<Problem> errors = FrameValidator.validate(new DecodedFrame(0, h, wire, false), FrameValidator.Role.SERVER,
                deflate).stream().filter(p -> p.rule().severity() == Rule.Severity.ERROR).toList();
        noteClose(wire);
        String detail = rfcDetail(wire) + (errors.isEmpty() ? ""
                : "; " + WireText.of(errors));
        return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, wire, "lesson.receive-frame",
                errors.isEmpty(), detail);
    }

    private StepResult receiveLegacyFrame() throws IOException {
        try {
            new LegacyReader(in, MAX_FRAME_BYTES).next();
        } catch (ProtocolFailure f) {
            return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, in.endCapture(),
                    "lesson.receive-frame", false, f.getMessage());
        }
        byte[] wire = in.endCapture();
        return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, wire, "lesson.receive-frame", true,
                legacyDetail(wire));
    }

    private StepResult closeTcp() throws IOException {
        Lingering.close(socket, tappedIn);
        conn.closed(closeCode, closeReason);
        return new StepResult(StepKind.CLOSE_TCP, null, null, "lesson.close-tcp", true, "TCP connection closed");
    }

    private void noteClose(byte[] frame) {
        if (options.mode() == ClientMode.HIXIE76 || closeCode != -1 || frame.length < 2) {
            return;
        }
        FrameHeader h = FrameHeader.parse(frame, 0, frame.length).orElse(null);
        if (h != null && h.opcode() == Opcode.CLOSE.code()) {
            byte[] p = payloadOf(frame, h);
            CloseBody body = CloseBody.of(p);
            closeCode = body.code();
            closeReason = body.reason();
        }
    }

    /** "text frame, FIN 1, masked with 37fa213d, 5 bytes: Hello". */
    private static String rfcDetail(byte[] frame) {
        FrameHeader h = FrameHeader.parse(frame, 0, frame.length).orElse(null);
        if (h == null) {
            return frame.length + " bytes";
        }
        String name = Opcode.of(h.opcode()).map(o -> o.name().toLowerCase()).orElse("reserved 0x" + Integer.toHexString(h.opcode()));
        byte[] p = payloadOf(frame, h);
        StringBuilder sb = new StringBuilder(name).append(" frame, FIN ").append(h.fin() ? 1 : 0);
        if (h.rsv1()) {
            sb.append(", RSV1 (compressed)");
        }
        sb.append(h.masked() ? ", masked with " + HexFormat.of().formatHex(h.maskingKey()) : ", unmasked");
        sb.append(", ").append(p.length).append(" bytes");
        if (h.opcode() == Opcode.TEXT.code() && !h.rsv1()) {
            sb.append(": ").append(new String(p, StandardCharsets.UTF_8));
        } else if (h.opcode() == Opcode.CLOSE.code() && CloseBody.hasCode(p)) {
            CloseBody body = CloseBody.of(p);
            sb.append(": code ").append(body.code());
            if (!body.reason().isEmpty()) {
                sb.append(", reason \"").append(body.reason()).append('"');
            }
        }
        return sb.toString();
    }

    private static byte[] payloadOf(byte[] frame, FrameHeader h) {
        return new DecodedFrame(0, h, frame, false).unmaskedPayload();
    }

    private static String legacyDetail(byte[] frame) {
        int type = frame[0] & 0xFF;
        if (frame.length == 2 && type == 0xFF && frame[1] == 0) {
            return "closing handshake ff 00";
        }
        if ((type & 0x80) == 0) {
            return "text frame 0x" + String.format("%02x", type) + " … ff, " + (frame.length - 2) + " bytes: "
                    + new String(frame, 1, frame.length - 2, StandardCharsets.UTF_8);
        }
        return "length-prefixed frame 0x" + String.format("%02x", type) + ", " + frame.length + " bytes in all";
    }

    private byte[] mask() {
        byte[] key = new byte[4];
        random.nextBytes(key);
        return key;
    }
}
