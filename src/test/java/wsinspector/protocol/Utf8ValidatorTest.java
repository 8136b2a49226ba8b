package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidatorTest {

    @ParameterizedTest(name = "{0}: first bad byte at {1}")
    @CsvSource({
            "cebae1bdb9cf83cebcceb5, -1", // κόσμε
            "48656c6c6f, -1", // Hello
            "f09f9880, -1", // U+1F600
            "f48fbfbf, -1", // U+10FFFF, the last code point
            "ed9fbf, -1", // U+D7FF, just below the surrogates
            "eda080, 1", // U+D800, a surrogate
            "edbfbf, 1", // U+DFFF, a surrogate
            "f4908080, 1", // above U+10FFFF
            "c080, 0", // overlong NUL: C0 can never start a character
            "c1bf, 0", // overlong
            "e08080, 1", // overlong 3-byte
            "f0808080, 1", // overlong 4-byte
            "80, 0", // continuation without a lead byte
            "f5808080, 0", // F5 is never used
            "ff, 0",
            "c341, 1", // lead byte followed by ASCII
            "cebae1bdb9cf83cebcceb5f4908080656469746564, 12", // κόσμε then U+110000: fails at 0x90
    })
    void findsTheFirstBadByte(String hex, int expected) {
        byte[] b = bytes(hex);
        Utf8Validator v = new Utf8Validator();
        assertEquals(expected, v.feed(b, 0, b.length));
        assertEquals(expected, v.badByteIndex());
        assertEquals(expected < 0, v.isValid());
    }

    @Test
    void failsAtTheSameByteWhenFedOneByteAtATime() {
        byte[] b = bytes("cebae1bdb9cf83cebcceb5f4908080656469746564");
        Utf8Validator v = new Utf8Validator();
        int failedAt = -1;
        for (int i = 0; i < b.length && failedAt < 0; i++) {
            if (v.feed(b, i, 1) == 0) {
                failedAt = i;
            }
        }
        assertEquals(12, failedAt);
        assertEquals(12, v.badByteIndex());
    }

    @Test
    void aCharacterSplitAcrossTwoFeedsIsValid() {
        byte[] b = bytes("cebae1bdb9cf83cebcceb5"); // κόσμε
        Utf8Validator v = new Utf8Validator();
        assertEquals(-1, v.feed(b, 0, 3)); // ends after e1
        assertFalse(v.atCharacterBoundary());
        assertEquals(2, v.incompleteSequenceStart());
        assertEquals(-1, v.feed(b, 3, b.length - 3));
        assertTrue(v.atCharacterBoundary());
    }

    @Test
    void theIndexIsRelativeToOff() {
        byte[] b = bytes("4141c080");
        Utf8Validator v = new Utf8Validator();
        assertEquals(0, v.feed(b, 2, 2));
    }

    @Test
    void badByteIndexCountsEveryByteFedBefore() {
        byte[] b = bytes("4141414141c0");
        Utf8Validator v = new Utf8Validator();
        v.feed(b, 0, 3);
        assertEquals(2, v.feed(b, 3, 3));
        assertEquals(5, v.badByteIndex());
    }

    @Test
    void endingInsideACharacterIsNotABoundary() {
        assertFalse(Utf8Validator.isValid(bytes("41e282"), 0, 3));
        assertTrue(Utf8Validator.isValid(bytes("41e282ac"), 0, 4)); // "A€"
    }

    @Test
    void agreesWithTheJdkOnEveryBmpCharacterOutsideTheSurrogates() {
        Utf8Validator v = new Utf8Validator();
        for (int cp = 0; cp < 0x10000; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            int codePoint = cp;
            assertEquals(-1, v.feed(b, 0, b.length), () -> "U+" + Integer.toHexString(codePoint));
        }
        assertTrue(v.atCharacterBoundary());
    }

    @Test
    void aBadOrCutCharacterInARunOfAsciiIsFoundWhereverItLies() {
        // Runs of ASCII are skipped 8 bytes at a time: every place of the bad byte against that stride, and every
        // offset into the array, must give the index a byte at a time gives.
        for (String bad : new String[] {"c328", "eda080", "80", "e282"}) {
            for (int at = 0; at < 24; at++) {
                for (int off = 0; off < 9; off++) {
                    byte[] text = Hex.concat(new byte[off], "a".repeat(at).getBytes(StandardCharsets.US_ASCII),
                            bytes(bad), "then more plain text".getBytes(StandardCharsets.US_ASCII));
                    int len = text.length - off;
                    Utf8Validator whole = new Utf8Validator();
                    int found = whole.feed(text, off, len);
                    Utf8Validator bytewise = new Utf8Validator();
                    int expected = -1;
                    for (int i = 0; i < len && expected < 0; i++) {
                        expected = bytewise.feed(text, off + i, 1) == 0 ? i : -1;
                    }
                    String where = bad + " after " + at + " ASCII bytes, array offset " + off;
                    assertEquals(expected, found, where);
                    assertTrue(expected >= at, where);
                    assertEquals(bytewise.badByteIndex(), whole.badByteIndex(), where);
                }
            }
        }
    }
}
