package wsinspector.ui.live;

import java.util.Optional;

/**
 * Bytes typed by a person as hex: {@code 81 05 48}, {@code 810548}, {@code 0x81,0x05}, {@code 81:05} all read the
 * same. Total: anything else is empty, never an exception.
 */
public final class HexInput {
    private HexInput() {
    }

    /** The bytes, or empty when the text is not whole hex pairs (an odd digit count, a non-hex character). */
    public static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.of(new byte[0]);
        }
        String digits = text.replaceAll("(?i)0x", "").replaceAll("[\\s,:;-]+", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            return Optional.empty();
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits, 2 * i, 2 * i + 2, 16);
        }
        return Optional.of(out);
    }

    /** A masking key: exactly 4 bytes of hex (RFC 6455 §5.3). */
    public static Optional<byte[]> maskingKey(String text) {
        return parse(text).filter(b -> b.length == 4);
    }
}
