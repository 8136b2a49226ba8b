package wsinspector.protocol;

import static wsinspector.protocol.FrameHeader.B0_FLAG_FIN;
import static wsinspector.protocol.FrameHeader.B1_FLAG_MASK;
import static wsinspector.protocol.FrameHeader.B1_MASK_LENGTH;
import static wsinspector.protocol.FrameHeader.MASKING_KEY_SIZE;
import static wsinspector.protocol.FrameHeader.PAYLOAD_16;
import static wsinspector.protocol.FrameHeader.PAYLOAD_16_MAX;
import static wsinspector.protocol.FrameHeader.PAYLOAD_64;
import static wsinspector.protocol.FrameHeader.PAYLOAD_SHORT_MAX;

import wsinspector.protocol.FrameValidator.Role;

/**
 * What a live peer sends nearly always, recognised without the general reader: a whole text or binary message in
 * one frame, all of it already arrived, that breaks no rule and no limit. Its header is FIN with no reserved bit,
 * its length in the shortest form, its mask as the sender's role requires (RFC 6455 §5.1, §5.2), its length within
 * the message limit, its text valid UTF-8 (§8.1). Such a frame would pass every check of {@link FrameReader} and
 * make a message of itself alone, so {@link FrameStream} hands it out directly: no frame, header, judgement or
 * message object, and (fed in place) not one copy of its bytes. Anything else, a text that fails included, is left
 * to the general reader, which judges and reports it as always. Not thread-safe: one per stream.
 */
final class WholeMessage {
    private static final int TEXT = B0_FLAG_FIN | Opcode.TEXT.code();
    private static final int BINARY = B0_FLAG_FIN | Opcode.BINARY.code();

    private final Role sender;
    private final long maxMessageBytes;
    private final byte[] key = new byte[MASKING_KEY_SIZE];
    private final Utf8Validator utf8 = new Utf8Validator();
    /** The last message read: its payload is data[start .. start+length). */
    private Opcode opcode;
    private byte[] data;
    private int start;
    private int length;
    private int frameLength;

    WholeMessage(Role sender, long maxMessageBytes) {
        this.sender = sender;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Reads the frame at {@code b[off]} if it is such a message: unmasked where it lies when {@code inPlace}, else
     * into an array of its own.
     *
     * @return whether it was one (then {@link #opcode()} and the rest describe it); when not, {@code b} is as it was
     */
    boolean read(byte[] b, int off, int len, boolean inPlace) {
        if (len < 2) {
            return false;
        }
        int b0 = b[off] & 0xFF;
        int b1 = b[off + 1] & 0xFF;
        boolean masked = (b1 & B1_FLAG_MASK) != 0;
        int headerLength = FrameHeader.headerLength(b1);
        if (b0 != TEXT && b0 != BINARY || sender == Role.CLIENT && !masked || sender == Role.SERVER && masked
                || len < headerLength) {
            return false;
        }
        long payload = shortestLength(b, off, b1 & B1_MASK_LENGTH);
        if (payload < 0 || payload > maxMessageBytes || payload > len - headerLength) {
            return false;
        }
        int n = (int) payload;
        int at = off + headerLength;
        byte[] into = inPlace ? b : new byte[n];
        int to = inPlace ? at : 0;
        if (masked) {
            System.arraycopy(b, at - MASKING_KEY_SIZE, key, 0, MASKING_KEY_SIZE);
            Masking.copyToggled(b, at, into, to, n, key, 0);
        } else if (!inPlace) {
            System.arraycopy(b, at, into, 0, n);
        }
        if (b0 == TEXT && !validText(into, to, n)) {
            if (inPlace && masked) {
                Masking.toggle(b, at, n, key, 0); // masked again: the general reader sees the bytes as they came
            }
            return false;
        }
        opcode = b0 == TEXT ? Opcode.TEXT : Opcode.BINARY;
        data = into;
        start = to;
        length = n;
        frameLength = headerLength + n;
        return true;
    }

    Opcode opcode() {
        return opcode;
    }

    /** The array holding the payload: the array fed (in place) or one of its own; valid until the next read. */
    byte[] data() {
        return data;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** The frame's bytes on the wire, header and payload. */
    int frameLength() {
        return frameLength;
    }

    private boolean validText(byte[] text, int off, int len) {
        utf8.reset();
        return utf8.feed(text, off, len) < 0 && utf8.atCharacterBoundary();
    }

    /** The payload length of the header at {@code b[off]} (all of it present); -1 unless in its shortest form. */
    private static long shortestLength(byte[] b, int off, int lengthCode) {
        if (lengthCode <= PAYLOAD_SHORT_MAX) {
            return lengthCode;
        }
        long length = 0;
        int size = FrameHeader.extendedLengthSize(lengthCode);
        for (int i = 0; i < size; i++) {
            length = (length << 8) | (b[off + 2 + i] & 0xFF);
        }
        boolean shortest = lengthCode == PAYLOAD_16 ? length > PAYLOAD_SHORT_MAX
                : lengthCode == PAYLOAD_64 && length > PAYLOAD_16_MAX; // a 64-bit length with its top bit is < 0
        return shortest ? length : -1;
    }
}
