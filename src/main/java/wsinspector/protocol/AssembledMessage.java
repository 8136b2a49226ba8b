package wsinspector.protocol;

import java.util.Arrays;

/**
 * A complete data message, joined from its frames (RFC 6455 §5.4) and inflated if it was compressed (RFC 7692).
 *
 * @param opcode     TEXT or BINARY, from the first frame
 * @param payload    the message bytes, inflated if compressed; cut at the assembler's limit when it was exceeded
 * @param compressed whether RSV1 marked it as compressed with permessage-deflate
 * @param text       the text of a TEXT message; null for BINARY, or if the text is not valid UTF-8 or was cut
 * @param frameCount how many data frames carried it (control frames in between not counted)
 * @param firstOffset the stream offset of its first frame
 */
public record AssembledMessage(Opcode opcode, byte[] payload, boolean compressed, String text, int frameCount,
                               long firstOffset) {

    @Override
    public boolean equals(Object o) {
        return o instanceof AssembledMessage m && opcode == m.opcode && compressed == m.compressed
                && frameCount == m.frameCount && firstOffset == m.firstOffset
                && java.util.Objects.equals(text, m.text) && Arrays.equals(payload, m.payload);
    }

    @Override
    public int hashCode() {
        return (opcode.hashCode() * 31 + Arrays.hashCode(payload)) * 31 + Long.hashCode(firstOffset);
    }

    @Override
    public String toString() {
        return "AssembledMessage[opcode=" + opcode + ", payload(" + payload.length + "), compressed=" + compressed
                + ", text=" + (text == null ? null : '"' + text + '"') + ", frameCount=" + frameCount
                + ", firstOffset=" + firstOffset + "]";
    }
}
