package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyStream;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.FrameStream;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;
import wsinspector.protocol.StreamLimits;

/**
 * The core's push readers ({@link FrameStream}, {@link LegacyStream}) for a thread that reads a socket: reads what
 * has arrived, pushes it in, and hands out what came of it one item at a time. Not thread-safe: one reading thread.
 */
final class BlockingReader {
    private final ByteReader in;
    private final Deque<Incoming> ready = new ArrayDeque<>();
    private final byte[] buffer = new byte[16 * 1024];
    private Feed feed;
    private Problem failure;

    /** Where the bytes read go. */
    private interface Feed {
        void feed(byte[] b, int off, int len);
    }

    private BlockingReader(ByteReader in) {
        this.in = in;
    }

    /** RFC 6455 frames from {@code sender} (a client reads a SERVER), within the limits. */
    static BlockingReader rfc6455(ByteReader in, Role sender, DeflateParameters deflateOrNull, StreamLimits limits) {
        BlockingReader r = new BlockingReader(in);
        r.feed = new FrameStream(sender, deflateOrNull, limits, r.new Frames())::feed;
        return r;
    }

    /** hixie-75/76 frames, at most {@code maxMessageBytes} each. */
    static BlockingReader legacy(ByteReader in, long maxMessageBytes) {
        BlockingReader r = new BlockingReader(in);
        r.feed = new LegacyStream(maxMessageBytes, r.new LegacyFrames())::feed;
        return r;
    }

    private final class Frames implements FrameStream.Listener {
        @Override
        public void control(Opcode opcode, byte[] payload) {
            ready.add(new Incoming.Control(opcode, payload));
        }

        @Override
        public void message(AssembledMessage message) {
            ready.add(new Incoming.Message(message));
        }

        @Override
        public void failed(Problem problem) {
            failure = problem;
        }
    }

    private final class LegacyFrames implements LegacyStream.Listener {
        @Override
        public void frame(LegacyFrame frame) {
            ready.add(new Incoming.Legacy(frame));
        }

        @Override
        public void failed(Problem problem) {
            failure = problem;
        }
    }

    /**
     * Blocks until the next control frame, message or legacy frame.
     *
     * @throws ProtocolFailure      when the peer broke a rule or passed a limit (after what came before it)
     * @throws java.io.EOFException when the stream ended
     */
    Incoming next() throws IOException {
        while (ready.isEmpty()) {
            if (failure != null) {
                throw new ProtocolFailure(failure);
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                throw new EOFException("the stream ended");
            }
            feed.feed(buffer, 0, n);
        }
        return ready.poll();
    }
}
