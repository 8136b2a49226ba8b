package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;

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
