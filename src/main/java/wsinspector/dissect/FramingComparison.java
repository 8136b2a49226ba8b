package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import wsinspector.legacy.LegacyFrame;

import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Opcode;

/**
 * One message in both framings, RFC 6455 and the hixie-75/76 draft the course notes teach, each
 * encoded and then dissected, so that both can be shown field by field side by side.
 *
 * @param rfc6455 the RFC 6455 frame (masked when sent by a client)
 * @param legacy  the draft framing: {@code 0x00 <UTF-8> 0xFF} for text, {@code 0x80 <length> <body>} for binary
 */
public record FramingComparison(FrameMessage rfc6455, LegacyFrameMessage legacy) {
    /**
     * The key of RFC 6455 §5.7's examples: a legacy client frame had no masking, so its RFC 6455 twin is masked
     * with this key, as a client would with a random one.
     */
    public static final byte[] EXAMPLE_KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    /** Whether the message is text or binary data, the only kinds both framings share. */
    public static boolean comparable(Message m) {
        if (m instanceof FrameMessage f && f.header() != null) {
            int opcode = f.completed() != null ? f.completed().opcode().code() : f.header().opcode();
            return opcode == Opcode.TEXT.code() || opcode == Opcode.BINARY.code();
        }
        if (m instanceof LegacyFrameMessage l) {
            LegacyFrame frame = l.frame();
            return frame.kind() == LegacyFrame.Kind.LENGTH_PREFIXED
                    || frame.kind() == LegacyFrame.Kind.TEXT_SENTINEL && frame.frameType() == LegacyFrame.TYPE_TEXT;
        }
        return false;
    }

    /**
     * The message in both framings, for text and binary data; empty for anything else. A fragmented message is
     * compared whole, at its last frame; a legacy client frame gets {@link #EXAMPLE_KEY}.
     */
    public static Optional<FramingComparison> forMessage(Message m) {
        if (!comparable(m)) {
            return Optional.empty();
        }
        if (m instanceof FrameMessage f) {
            int opcode = f.completed() != null ? f.completed().opcode().code() : f.header().opcode();
            byte[] payload = f.completed() != null ? f.completed().payload() : f.frame().unmaskedPayload();
            return Optional.of(of(opcode, payload, f.header().maskingKey()));
        }
        LegacyFrameMessage l = (LegacyFrameMessage) m;
        boolean text = l.frame().kind() == LegacyFrame.Kind.TEXT_SENTINEL;
        byte[] key = l.direction() == Direction.CLIENT_TO_SERVER ? EXAMPLE_KEY.clone() : null;
        return Optional.of(of(text ? Opcode.TEXT.code() : Opcode.BINARY.code(), l.frame().payload(), key));
    }

    /**
     * @param opcode     TEXT or BINARY (the draft framing has no other data kinds; a close becomes {@code ff 00})
     * @param payload    the message payload
     * @param maskingKey the 4-byte key of a client frame, or {@code null} for a server frame
     */
    public static FramingComparison of(int opcode, byte[] payload, byte[] maskingKey) {
        FrameSpec spec = FrameSpec.of(opcode, payload).withMask(maskingKey);
        Direction direction = maskingKey == null ? Direction.SERVER_TO_CLIENT : Direction.CLIENT_TO_SERVER;
        byte[] legacyBytes = opcode == Opcode.TEXT.code()
                ? LegacyFrameEncoder.text(new String(payload, java.nio.charset.StandardCharsets.UTF_8))
                : opcode == Opcode.CLOSE.code() ? LegacyFrameEncoder.close() : LegacyFrameEncoder.binary(payload);
        return new FramingComparison((FrameMessage) only(direction, FrameEncoder.encode(spec), false),
                (LegacyFrameMessage) only(direction, legacyBytes, true));
    }

    /** The same payload as a text message. */
    public static FramingComparison ofText(String text, byte[] maskingKey) {
        return of(Opcode.TEXT.code(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8), maskingKey);
    }

    /** How many more (positive) or fewer bytes the RFC 6455 frame takes than the draft frame. */
    public int sizeDifference() {
        return rfc6455.length() - legacy.length();
    }

    private static Message only(Direction direction, byte[] bytes, boolean legacyFraming) {
        List<Message> out = new ArrayList<>();
        Dissector d = new Dissector(out::add, new Dissector.Options(direction, Dissector.DEFAULT_MAX_MESSAGE_BYTES));
        if (legacyFraming) {
            d.markLegacy();
        }
        d.accept(Chunk.of(direction, bytes));
        d.finish();
        return out.get(0);
    }
}
