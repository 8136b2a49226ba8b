package wsinspector.exercise;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How a student writes an answer, and how it is read: the same value may be typed as {@code 0x1},
 * {@code 1} or {@code 01}, so answers are compared after reading them, never as strings.
 */
public enum AnswerForm {
    /** One bit: {@code 0} or {@code 1}. */
    BIT,
    /** A number, decimal ({@code 1000}) or hexadecimal with {@code 0x} ({@code 0x3E8}). */
    NUMBER,
    /** Bytes in hex, with or without spaces, commas or {@code 0x} ({@code 37 FA 21 3D}). */
    HEX_BYTES,
    /** Text compared exactly, spaces around it ignored (a Base64 value). */
    TEXT;

    /** The answer in its canonical written form, or empty when the input is not of this form. */
    public Optional<String> read(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return switch (this) {
            case BIT -> s.equals("0") || s.equals("1") ? Optional.of(s) : Optional.empty();
            case NUMBER -> number(s).map(Long::toUnsignedString);
            case HEX_BYTES -> hexBytes(s).map(b -> HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b));
            case TEXT -> Optional.of(s);
        };
    }

    private static Optional<Long> number(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        try {
            if (t.startsWith("0x")) {
                return t.length() > 2 && t.length() <= 18 ? Optional.of(Long.parseUnsignedLong(t.substring(2), 16))
                        : Optional.empty();
            }
            return Optional.of(Long.parseUnsignedLong(t));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> hexBytes(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("0x", "").replaceAll("[\\s,:]", "");
        if (t.isEmpty() || t.length() % 2 != 0 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().parseHex(t));
    }
}
