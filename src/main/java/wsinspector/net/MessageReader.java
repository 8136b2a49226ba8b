package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.FrameValidator;
import wsinspector.protocol.Masking;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;
import wsinspector.protocol.Utf8Validator;

/**
 * Reads the frames one peer sends, judging each as soon as its header has arrived and joining data frames into
 * messages while control frames pass between them (RFC 6455 §5.4). It fails fast, as the Autobahn test suite
 * expects: a header that breaks a rule fails before its payload is read, invalid UTF-8 fails at the fragment (and
 * the very read) that carries it, a message over the limit fails at the frame header that announces it.
 *
 * <p>The frame rules themselves are {@link FrameValidator}'s, judged on the header alone for data frames; this
 * class adds the message rules in streaming form, since {@link wsinspector.protocol.MessageAssembler} needs whole
 * frames in memory. Not thread-safe: one reading thread.
 */
final class MessageReader implements AutoCloseable {
    private final ByteReader in;
    private final Role sender;
    private final boolean deflate;
    private final long maxMessageBytes;
    private final StreamingInflater inflater;
    private final Utf8Validator utf8 = new Utf8Validator();
    private final byte[] scratch = new byte[16 * 1024];

    private Opcode messageOpcode;
    private boolean compressed;
    private ByteBlocks message;
    private long messageWireBytes;
    private int frames;

    /**
     * @param sender          who sends the frames: a server reads a CLIENT, a client a SERVER (RFC 6455 §5.1)
     * @param deflateOrNull   the negotiated permessage-deflate parameters, null if none
     * @param maxMessageBytes the longest message accepted, before and after inflation (RFC 6455 §10.4)
     */
    MessageReader(ByteReader in, Role sender, DeflateParameters deflateOrNull, long maxMessageBytes) {
        this.in = in;
        this.sender = sender;
        this.deflate = deflateOrNull != null;
        this.maxMessageBytes = maxMessageBytes;
        this.inflater = deflateOrNull == null ? null : new StreamingInflater(deflateOrNull.noContextTakeover(sender));
    }

    /**
     * Blocks until the next control frame or complete message.
     *
     * @throws ProtocolFailure         when the peer broke a rule
     * @throws java.io.EOFException    when the stream ended (between or inside frames)
     */
    Incoming next() throws IOException {
        while (true) {
            long offset = in.position();
            byte[] headerBytes = readHeaderBytes();
            FrameHeader h = FrameHeader.parse(headerBytes, 0, headerBytes.length).orElseThrow();
            judge(new DecodedFrame(offset, h, headerBytes, false));
            if (Opcode.isControl(h.opcode())) {
                return control(offset, h, headerBytes);
            }
            Incoming.Message done = dataFrame(h);
            if (done != null) {
                return done;
            }
        }
    }

    /** Whether a fragmented message has begun and not yet ended. */
    boolean inMessage() {
        return message != null;
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.close();
        }
    }

    private byte[] readHeaderBytes() throws IOException {
        byte[] two = in.readFully(2);
        int length = FrameHeader.headerLength(two[1] & 0xFF);
        byte[] header = Arrays.copyOf(two, length);
        in.readFully(header, 2, length - 2);
        return header;
    }

    /** The frame rules (RFC 6455 §5.2, §5.5, §5.1, RFC 7692 §6); the first error fails the connection. */
    private void judge(DecodedFrame frame) throws ProtocolFailure {
        for (Problem p : FrameValidator.validate(frame, sender, deflate)) {
            if (p.rule().severity() == Rule.Severity.ERROR) {
                throw new ProtocolFailure(p);
            }
        }
    }

    private Incoming control(long offset, FrameHeader h, byte[] headerBytes) throws IOException {
        byte[] payload = in.readFully((int) h.payloadLength()); // at most 125: judged above
        if (h.opcode() == Opcode.CLOSE.code()) {
            byte[] wire = Arrays.copyOf(headerBytes, headerBytes.length + payload.length);
            System.arraycopy(payload, 0, wire, headerBytes.length, payload.length);
            judge(new DecodedFrame(offset, h, wire, false)); // the body: code allowed on the wire, UTF-8 reason
        }
        if (h.masked()) {
            Masking.toggle(payload, 0, payload.length, h.maskingKey(), 0);
        }
        return new Incoming.Control(Opcode.of(h.opcode()).orElseThrow(), payload);
    }

    private Incoming.Message dataFrame(FrameHeader h) throws IOException {
        boolean continuation = h.opcode() == Opcode.CONTINUATION.code();
        if (continuation && message == null) {
            throw new ProtocolFailure(Problem.of(FrameRule.CONTINUATION_WITHOUT_START, -1, null));
        }
        if (!continuation && message != null) {
            throw new ProtocolFailure(Problem.variant(FrameRule.DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE, "live", -1, null,
                    Phrase.of("opcode." + h.opcode()), Phrase.of("opcode." + messageOpcode.code())));
        }
        if (!continuation) {
            begin(h);
        }
        frames++;
        if (messageWireBytes + h.payloadLength() > maxMessageBytes) {
            throw new ProtocolFailure(Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", -1, null, maxMessageBytes));
        }
        messageWireBytes += h.payloadLength();
        readPayload(h);
        if (!h.fin()) {
            return null;
        }
        return end();
    }

    private void begin(FrameHeader h) {
        messageOpcode = Opcode.of(h.opcode()).orElseThrow();
        compressed = h.rsv1();
        message = new ByteBlocks();
        messageWireBytes = 0;
        frames = 0;
        utf8.reset();
    }

    private void readPayload(FrameHeader h) throws IOException {
        byte[] key = h.maskingKey();
        long remaining = h.payloadLength();
        long position = 0;
        while (remaining > 0) {
            int n;
            if (compressed) {
                n = in.read(scratch, 0, (int) Math.min(remaining, scratch.length));
                checkRead(n, remaining);
                unmask(scratch, 0, n, key, position);
                inflater.feed(scratch, 0, n, this::takeInflated);
            } else {
                ByteBlocks.Room room = message.room(remaining);
                n = in.read(room.block(), room.offset(), (int) Math.min(remaining, room.length()));
                checkRead(n, remaining);
                unmask(room.block(), room.offset(), n, key, position);
                checkUtf8(room.block(), room.offset(), n);
                message.commit(n);
            }
            remaining -= n;
            position += n;
        }
    }

    private Incoming.Message end() throws IOException {
        if (compressed) {
            inflater.endMessage(this::takeInflated);
        }
        if (messageOpcode == Opcode.TEXT && !utf8.atCharacterBoundary()) {
            throw new ProtocolFailure(Problem.of(FrameRule.TEXT_INCOMPLETE_UTF8, -1, null, utf8.incompleteSequenceStart()));
        }
        Incoming.Message done = new Incoming.Message(messageOpcode, message, compressed, frames);
        message = null;
        return done;
    }

    /** Inflated bytes: counted against the limit, checked as UTF-8 for text, kept. */
    private void takeInflated(byte[] b, int off, int len) throws IOException {
        if (message.size() + len > maxMessageBytes) {
            throw new ProtocolFailure(Problem.of(FrameRule.INFLATE_LIMIT_EXCEEDED, -1, null, maxMessageBytes));
        }
        checkUtf8(b, off, len);
        message.append(b, off, len);
    }

    /** RFC 6455 §8.1: a text message must be UTF-8; a frame may split a character, a byte may not be wrong. */
    private void checkUtf8(byte[] b, int off, int len) throws ProtocolFailure {
        if (messageOpcode != Opcode.TEXT) {
            return;
        }
        int bad = utf8.feed(b, off, len);
        if (bad >= 0) {
            throw new ProtocolFailure(Problem.variant(FrameRule.TEXT_INVALID_UTF8, "byte", -1, null,
                    String.format("%02x", b[off + bad] & 0xFF), utf8.badByteIndex()));
        }
    }

    private static void checkRead(int n, long remaining) throws EOFException {
        if (n < 0) {
            throw new EOFException("the stream ended " + remaining + " bytes before the end of a frame");
        }
    }

    private static void unmask(byte[] b, int off, int len, byte[] key, long position) {
        if (key != null) {
            Masking.toggle(b, off, len, key, position);
        }
    }
}
