package wsinspector.legacy;

import java.util.List;
import wsinspector.protocol.Problem;

/**
 * One Sec-WebSocket-Key1/Key2 value taken apart, every step of draft-hixie-76 §5.2 visible.
 *
 * @param key        the header value as received
 * @param digits     its digits, in order ("4 @1  46546xW%0l 1 5" → "4146546015")
 * @param number     the digits read as a decimal number (-1 if they do not fit a long)
 * @param spaces     its count of U+0020 spaces
 * @param quotient   number / spaces (-1 if there are no spaces or the number does not fit)
 * @param bigEndian4 the quotient as a big-endian unsigned 32-bit integer (zeros when it is not one)
 * @param problems   the rules the key breaks; empty when it is usable
 */
public record KeyNumber(String key, String digits, long number, int spaces, long quotient, byte[] bigEndian4,
                        List<Problem> problems) {

    public KeyNumber {
        bigEndian4 = bigEndian4.clone();
        problems = List.copyOf(problems);
    }

    @Override
    public byte[] bigEndian4() {
        return bigEndian4.clone();
    }

    /** Whether a server may use this key. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
