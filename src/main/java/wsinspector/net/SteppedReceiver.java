package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;

import wsinspector.dissect.Direction;
import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyStream;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameJudge;
import wsinspector.protocol.FrameReader;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.JudgedFrame;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;
import wsinspector.protocol.StreamLimits;

/**
 * The server's frames for the {@link SteppedClient}, one per receive step, each with its exact bytes: read by the
 * core's readers ({@link FrameReader}, judged with its message; {@link LegacyStream} for hixie-76), and never a byte
 * past the frame, which belongs to the next step. Not thread-safe: the stepped client's steps are serialised.
 */
final class SteppedReceiver {
    /** The longest frame a receive step reads (a lecture shows small frames). */
    static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

    private final ByteReader in;
    private final boolean legacy;
    /** The RFC 6455 frames, from the accepted handshake on. */
    private FrameReader frames;
    /** The frame the reader completed in the step under way. */
    private JudgedFrame received;

    SteppedReceiver(ByteReader in, boolean legacy) {
        this.in = in;
        this.legacy = legacy;
    }

    /** The handshake was accepted with this permessage-deflate (null: none); RFC 6455 frames follow. */
    void accepted(DeflateParameters deflateOrNull) {
        frames = new FrameReader(FrameJudge.live(Role.SERVER, deflateOrNull, StreamLimits.ofMessageBytes(MAX_FRAME_BYTES)),
                frame -> received = frame);
    }

    /**
     * Blocks for the next frame, up to the socket's timeout.
     *
     * @param timeoutSeconds how long that is, for the step's words when nothing came
     */
    StepResult next(String timeoutSeconds) throws IOException {
        in.startCapture();
        try {
            return legacy ? legacyFrame() : rfcFrame();
        } catch (EOFException e) {
            byte[] partial = in.endCapture();
            return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, partial, StepOutcome.SERVER_CLOSED,
                    List.of(Integer.toString(partial.length)));
        } catch (SocketTimeoutException e) {
            return failed(StepOutcome.NO_ANSWER, List.of(timeoutSeconds));
        } finally {
            in.endCapture();
        }
    }

    /** A failed receive step: the bytes that did come, and why it failed. */
    private StepResult failed(StepOutcome outcome, List<String> arguments) {
        return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, in.endCapture(), outcome, arguments);
    }

    /**
     * The header byte by byte until its length is known, then at most what the frame still owes. A frame announcing
     * more than a lecture shows is refused at its header, before its payload.
     */
    private StepResult rfcFrame() throws IOException {
        received = null;
        byte[] buf = new byte[16 * 1024];
        while (received == null) {
            FrameHeader h = frames.headerInProgress();
            if (h != null && (h.lengthTopBitSet() || h.payloadLength() > MAX_FRAME_BYTES)) {
                return failed(StepOutcome.FRAME_TOO_LONG, List.of(Long.toUnsignedString(h.payloadLength())));
            }
            long owed = frames.bytesToFrameEnd();
            int n = in.read(buf, 0, owed == 0 ? 2 : owed < 0 ? 1 : (int) Math.min(owed, buf.length));
            if (n < 0) {
                throw new EOFException("the stream ended inside a frame");
            }
            frames.feed(buf, 0, n);
        }
        boolean broken = received.problems().stream().anyMatch(p -> p.rule().severity() == Rule.Severity.ERROR);
        return new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, in.endCapture(),
                broken ? StepOutcome.PROTOCOL_ERROR : StepOutcome.DONE, List.of());
    }

    /** Byte by byte: a hixie-76 frame says where it ends only when it does. */
    private StepResult legacyFrame() throws IOException {
        boolean[] outcome = new boolean[2]; // [0] a frame came, [1] it broke a rule
        LegacyStream stream = new LegacyStream(MAX_FRAME_BYTES, new LegacyStream.Listener() {
            @Override
            public void frame(LegacyFrame frame) {
                outcome[0] = true;
            }

            @Override
            public void failed(Problem problem) {
                outcome[1] = true;
            }
        });
        byte[] one = new byte[1];
        while (!outcome[0] && !outcome[1]) {
            int b = in.readByte();
            if (b < 0) {
                throw new EOFException("the stream ended inside a frame");
            }
            one[0] = (byte) b;
            stream.feed(one, 0, 1);
        }
        if (outcome[1]) {
            return failed(StepOutcome.PROTOCOL_ERROR, List.of());
        }
        return StepResult.done(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, in.endCapture());
    }
}
