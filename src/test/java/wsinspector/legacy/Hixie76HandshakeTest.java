package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.legacy.Bytes.hex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Hixie76HandshakeTest {

    /** The three vectors of draft-hixie-76 and its implementations; double spaces inside keys are significant. */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("4 @1  46546xW%0l 1 5", "12998 5 Y3 1  .P00",
                        ascii("^n:ds[4U"), ascii("8jKS'y:G*Co,Wxa-")),
                Arguments.of("18x 6]8vM;54 *(5:  {   U1]8  z [  8", "1_ tx7X d  <  nw  334J702) 7]o}` 0",
                        ascii("Tm[K T2u"), ascii("fQJ,fN/4F4!~K~MH")),
                Arguments.of("1   38 wZ3f9 23O0 3l 0r", "27   0E 6 2  1665:< ;U 1H",
                        hex("91253ed3a9e76a88"), hex("b49c6e4053040426e51bbf6cb79f1df9")));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("vectors")
    void challengeGivesTheKnownResponse(String key1, String key2, byte[] key3, byte[] response) {
        Challenge c = Hixie76Handshake.challenge(key1, key2, key3);
        assertArrayEquals(response, c.response());
        assertTrue(c.problems().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("vectors")
    void vectorAgreesWithAnIndependentMd5(String key1, String key2, byte[] key3, byte[] response) throws Exception {
        long q1 = Long.parseLong(key1.replaceAll("[^0-9]", "")) / key1.chars().filter(ch -> ch == ' ').count();
        long q2 = Long.parseLong(key2.replaceAll("[^0-9]", "")) / key2.chars().filter(ch -> ch == ' ').count();
        byte[] input = ByteBuffer.allocate(16).putInt((int) q1).putInt((int) q2).put(key3).array();
        assertArrayEquals(response, MessageDigest.getInstance("MD5").digest(input));
        assertArrayEquals(input, Hixie76Handshake.challenge(key1, key2, key3).md5Input());
    }

    @Test
    void keyNumberShowsEveryStep() {
        KeyNumber k = Hixie76Handshake.keyNumber("4 @1  46546xW%0l 1 5");
        assertEquals("4146546015", k.digits());
        assertEquals(4146546015L, k.number());
        assertEquals(5, k.spaces());
        assertEquals(829309203L, k.quotient());
        assertEquals("316e4113", hex(k.bigEndian4()));
        assertTrue(k.valid());
    }

    @Test
    void secondKeyOfTheFirstVector() {
        KeyNumber k = Hixie76Handshake.keyNumber("12998 5 Y3 1  .P00");
        assertEquals(1299853100L, k.number());
        assertEquals(5, k.spaces());
        assertEquals(259970620L, k.quotient());
    }

    @Test
    void keyWithoutSpacesHasNoQuotient() {
        KeyNumber k = Hixie76Handshake.keyNumber("12345");
        assertEquals(-1, k.quotient());
        assertEquals(LegacyRule.KEY_NO_SPACES, k.problems().get(0).rule());
        assertEquals("00000000", hex(k.bigEndian4()));
    }

    @Test
    void keyWithTwentyDigitsIsOutOfRangeWithoutOverflow() {
        KeyNumber k = Hixie76Handshake.keyNumber("1234567890 1234567890");
        assertEquals(-1, k.number());
        assertEquals(LegacyRule.KEY_OUT_OF_RANGE, k.problems().get(0).rule());
    }

    @Test
    void challengeRefusesAKey3OfSevenBytes() {
        assertThrows(IllegalArgumentException.class,
                () -> Hixie76Handshake.challenge("1 2", "3 4", new byte[7]));
    }

    @Test
    void requestHasTheHeadersInOrderThenKey3() {
        byte[] request = Hixie76Handshake.buildRequest("example.com", "/demo", "http://example.com",
                "4 @1  46546xW%0l 1 5", "12998 5 Y3 1  .P00", ascii("^n:ds[4U"), "sample");
        assertEquals("GET /demo HTTP/1.1\r\n"
                + "Upgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Host: example.com\r\n"
                + "Origin: http://example.com\r\n"
                + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\n"
                + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n"
                + "Sec-WebSocket-Protocol: sample\r\n"
                + "\r\n"
                + "^n:ds[4U", new String(request, StandardCharsets.UTF_8));
    }

    @Test
    void requestWithoutProtocolHasNoProtocolHeader() {
        byte[] request = Hixie76Handshake.buildRequest("h", "/", "http://h", "1 2", "3 4", new byte[8], null);
        assertFalse(new String(request, StandardCharsets.UTF_8).contains("Sec-WebSocket-Protocol"));
    }

    @Test
    void responseHasTheStatusLineHeadersThenTheMd5() {
        byte[] response = Hixie76Handshake.buildResponse("http://example.com", "ws://example.com/demo", null,
                ascii("8jKS'y:G*Co,Wxa-"));
        assertEquals("HTTP/1.1 101 WebSocket Protocol Handshake\r\n"
                + "Upgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Origin: http://example.com\r\n"
                + "Sec-WebSocket-Location: ws://example.com/demo\r\n"
                + "\r\n"
                + "8jKS'y:G*Co,Wxa-", new String(response, StandardCharsets.UTF_8));
    }

    @Test
    void randomKeysAlwaysGiveAComputableChallenge() {
        for (int seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            String[] keys = Hixie76Handshake.randomKeys(r);
            for (String key : keys) {
                KeyNumber k = Hixie76Handshake.keyNumber(key);
                assertTrue(k.valid(), "seed " + seed + ": " + key + " " + k.problems());
                assertTrue(k.spaces() >= 1 && k.spaces() <= 12, key);
                assertTrue(key.charAt(0) != ' ' && key.charAt(key.length() - 1) != ' ', key);
                assertTrue(key.chars().anyMatch(ch -> ch != ' ' && (ch < '0' || ch > '9')), key);
            }
            Challenge c = Hixie76Handshake.challenge(keys[0], keys[1], Hixie76Handshake.randomKey3(r));
            assertEquals(16, c.response().length);
            assertTrue(c.problems().isEmpty());
        }
    }

    @Test
    void randomKey3HasEightBytes() {
        assertEquals(8, Hixie76Handshake.randomKey3(new Random(1)).length);
    }
}
