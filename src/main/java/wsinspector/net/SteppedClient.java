package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import wsinspector.dissect.Direction;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Opcode;

/**
 * The client side of a connection, one step at a time, for a lecture: {@link #next()} opens the TCP connection,
 * builds the request, sends it, reads the response, verifies the accept key, then sends and receives the frames
 * queued with {@link #queueText}, {@link #queuePing}, {@link #queueClose}… Each step returns its exact bytes and how
 * it ended, as data ({@link StepResult}). Nothing happens between steps (no automatic pong): the GUI paces it, and
 * a lecturer may stay on a step for minutes. The plan keeps its length: after a failed step the steps that can no
 * longer happen are {@linkplain #cancelled() cancelled} and skipped, and only the closing of TCP is taken. The bytes
 * go through the wire tap like any other client's. Call {@link #next()} off the GUI thread: a receive step blocks,
 * up to the options' timeout.
 */
public final class SteppedClient implements AutoCloseable {
    /** How long the check that the server is still there waits for its FIN: it is already there, or not at all. */
    private static final int PROBE_MILLIS = 20;

    private final ClientOptions options;
    private final WireTap tap;
    private final Random random;
    private final List<Step> steps = new ArrayList<>();
    private final Set<Integer> cancelled = new TreeSet<>();
    private int done;
    private Socket socket;
    private long connectedNanos;
    private ConnectionTap conn;
    private TappedOutputStream out;
    private ByteReader in;
    private TappedInputStream tappedIn;
    private ClientHandshake.Request request;
    private ClientHandshake.Response response;
    private SteppedReceiver receiver;
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
    public SteppedClient(ClientOptions options, WireTap tapOrNull, Random random) {
        this.options = options;
        this.tap = tapOrNull;
        this.random = random;
        steps.add(new Step(StepKind.OPEN_TCP, this::openTcp));
        steps.add(new Step(StepKind.BUILD_REQUEST, this::buildRequest));
        steps.add(new Step(StepKind.SEND_REQUEST, this::sendRequest));
        steps.add(new Step(StepKind.RECEIVE_RESPONSE, this::receiveResponse));
        steps.add(new Step(StepKind.VERIFY_ACCEPT, this::verifyAccept));
    }

    /** Every step, those done, those to come and those cancelled, in order. */
    public synchronized List<StepKind> plan() {
        return steps.stream().map(Step::kind).toList();
    }

    /** The indexes in {@link #plan()} of the steps a failure made impossible: they are skipped, never taken. */
    public synchronized Set<Integer> cancelled() {
        return Set.copyOf(cancelled);
    }

    /** How many steps of the plan are behind: the index of the step taken last is {@code position() - 1}. */
    public synchronized int position() {
        return done;
    }

    public synchronized boolean hasNext() {
        return nextIndex() < steps.size();
    }

    /** The client's end of the TCP connection, once it is open: the address the server sees it connect from. */
    public synchronized Optional<InetSocketAddress> localAddress() {
        return socket == null ? Optional.empty()
                : Optional.of(new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort()));
    }

    /**
     * Takes the next step (cancelled ones are passed over).
     *
     * @throws IllegalStateException when there is none left
     * @throws IOException           when the network fails (the step's connection is then closed)
     */
    public synchronized StepResult next() throws IOException {
        if (!hasNext()) {
            throw new IllegalStateException("no step left: queue a message, or the connection is closed");
        }
        done = nextIndex();
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
        if (socket != null && !socket.isClosed()) {
            Lingering.closeQuietly(socket);
            conn.closed(closeCode, closeReason.isEmpty() ? Phrase.of("net.client.step-mode-ended")
                    : ConnectionWords.peerSaid(closeReason));
        }
        for (int i = nextIndex(); i < steps.size(); i++) {
            cancelled.add(i);
        }
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

    /** The index of the next step not cancelled ({@code steps.size()} when none is left). */
    private int nextIndex() {
        int i = done;
        while (i < steps.size() && cancelled.contains(i)) {
            i++;
        }
        return i;
    }

    /**
     * After a failed step, only the closing of the connection remains: the plan keeps its length, the steps in
     * between are cancelled. A plan without a closing step closes the connection at once.
     */
    private void abandon() {
        boolean closeStep = false;
        for (int i = done; i < steps.size(); i++) {
            if (steps.get(i).kind() == StepKind.CLOSE_TCP && socket != null && !socket.isClosed()) {
                closeStep = true;
            } else {
                cancelled.add(i);
            }
        }
        if (!closeStep && socket != null && !socket.isClosed()) {
            Lingering.closeQuietly(socket);
            conn.closed(closeCode, closeReason);
        }
    }

    private StepResult openTcp() throws IOException {
        socket = Sockets.connect(options.uri(), options.timeout());
        connectedNanos = System.nanoTime();
        socket.setSoTimeout(timeoutMillis());
        conn = new ConnectionTap(tap, Source.CLIENT);
        conn.opened(Sockets.peer(socket));
        out = new TappedOutputStream(socket.getOutputStream(), conn, Direction.CLIENT_TO_SERVER);
        tappedIn = new TappedInputStream(socket.getInputStream(), conn, Direction.SERVER_TO_CLIENT);
        in = new ByteReader(tappedIn);
        receiver = new SteppedReceiver(in, options.mode() == ClientMode.HIXIE76);
        String local = socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
        return new StepResult(StepKind.OPEN_TCP, null, null, StepOutcome.DONE,
                List.of(local, Sockets.peer(socket), Sockets.isSecure(options.uri()) ? "tls" : "tcp"));
    }

    private StepResult buildRequest() {
        request = ClientHandshake.build(options, random);
        return StepResult.done(StepKind.BUILD_REQUEST, Direction.CLIENT_TO_SERVER, request.bytes());
    }

    /** Sends the request, unless the server has closed the connection meanwhile (it waited long enough for one). */
    private StepResult sendRequest() throws IOException {
        if (serverHasClosed()) {
            long seconds = (System.nanoTime() - connectedNanos) / 1_000_000_000L;
            return new StepResult(StepKind.SEND_REQUEST, Direction.CLIENT_TO_SERVER, null,
                    StepOutcome.SERVER_CLOSED_BEFORE_REQUEST, List.of(Long.toString(seconds)));
        }
        out.write(request.bytes());
        out.flush();
        return StepResult.done(StepKind.SEND_REQUEST, Direction.CLIENT_TO_SERVER, request.bytes());
    }

    /** Whether the server's FIN (or RST) has arrived; reads nothing that the response step would miss. */
    private boolean serverHasClosed() {
        try {
            socket.setSoTimeout(PROBE_MILLIS);
            try {
                return in.hasEnded();
            } finally {
                socket.setSoTimeout(timeoutMillis());
            }
        } catch (IOException reset) {
            return true;
        }
    }

    private StepResult receiveResponse() throws IOException {
        try {
            response = ClientHandshake.read(in, request);
        } catch (ByteReader.MalformedHeadException e) {
            return responseFailed(StepOutcome.NOT_HTTP, List.of());
        } catch (EOFException e) {
            return responseFailed(StepOutcome.SERVER_CLOSED, List.of(Integer.toString(in.unconsumed().length)));
        } catch (SocketTimeoutException e) {
            return responseFailed(StepOutcome.NO_ANSWER, List.of(timeoutSeconds()));
        }
        return StepResult.done(StepKind.RECEIVE_RESPONSE, Direction.SERVER_TO_CLIENT, response.bytes());
    }

    /** A response step that failed: the bytes of the head that did come (the reader keeps them unconsumed). */
    private StepResult responseFailed(StepOutcome outcome, List<String> arguments) {
        return new StepResult(StepKind.RECEIVE_RESPONSE, Direction.SERVER_TO_CLIENT, in.unconsumed(), outcome, arguments);
    }

    private StepResult verifyAccept() {
        ClientHandshake.Verdict v = ClientHandshake.verify(request, response);
        receiver.accepted(v.deflate());
        return new StepResult(StepKind.VERIFY_ACCEPT, null, null, v.ok() ? StepOutcome.DONE : StepOutcome.HANDSHAKE_FAILED,
                List.of());
    }

    private StepResult sendFrame(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        noteClose(frame);
        return StepResult.done(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER, frame);
    }

    private StepResult receiveFrame() throws IOException {
        StepResult r = receiver.next(timeoutSeconds());
        if (r.outcome() == StepOutcome.DONE || r.outcome() == StepOutcome.PROTOCOL_ERROR) {
            noteClose(r.bytes());
        }
        return r;
    }

    private StepResult closeTcp() throws IOException {
        Lingering.close(socket, tappedIn);
        conn.closed(closeCode, closeReason);
        return StepResult.done(StepKind.CLOSE_TCP, null, null);
    }

    private void noteClose(byte[] frame) {
        if (options.mode() == ClientMode.HIXIE76 || closeCode != -1 || frame.length < 2) {
            return;
        }
        FrameHeader h = FrameHeader.parse(frame, 0, frame.length).orElse(null);
        if (h != null && h.opcode() == Opcode.CLOSE.code()) {
            CloseBody body = CloseBody.of(new DecodedFrame(0, h, frame, false).unmaskedPayload());
            closeCode = body.code();
            closeReason = body.reason();
        }
    }

    private int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis());
    }

    private String timeoutSeconds() {
        return Long.toString(Math.max(1, options.timeout().toSeconds()));
    }

    private byte[] mask() {
        byte[] key = new byte[4];
        random.nextBytes(key);
        return key;
    }
}
