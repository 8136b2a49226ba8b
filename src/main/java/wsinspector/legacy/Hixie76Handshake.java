package wsinspector.legacy;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import wsinspector.protocol.Problem;

/**
 * The opening handshake of draft-hixie-thewebsocketprotocol-76 (= hybi-00): the key math of §5.2,
 * the request and response builders, and the checks of a parsed handshake.
 */
public final class Hixie76Handshake {

    /** The status line a draft 76 server sends. */
    public static final String STATUS_LINE = "HTTP/1.1 101 WebSocket Protocol Handshake";
    /** The length of key3, after the request's blank line. */
    public static final int KEY3_LENGTH = 8;
    /** The length of the MD5 response, after the response's blank line. */
    public static final int RESPONSE_LENGTH = 16;

    private static final long MAX_U32 = 0xFFFF_FFFFL;
    private static final int MAX_LONG_DIGITS = 18; // 10^18 - 1 still fits a long

    private Hixie76Handshake() {
    }

    /**
     * Takes a key apart (draft-hixie-76 §5.2): its digits form a number, which divided by its count
     * of spaces gives the 32-bit integer the server feeds to MD5.
     */
    public static KeyNumber keyNumber(String key) {
        StringBuilder digits = new StringBuilder();
        int spaces = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == ' ') {
                spaces++;
            }
        }
        List<Problem> problems = new ArrayList<>(1);
        long number = parse(digits.toString());
        long quotient = -1;
        if (number < 0) {
            problems.add(Problem.variant(LegacyRule.KEY_OUT_OF_RANGE, "digits", -1, null, digits.toString()));
        } else if (spaces == 0) {
            problems.add(Problem.of(LegacyRule.KEY_NO_SPACES, -1, null, key));
        } else {
            quotient = number / spaces;
            if (number % spaces != 0) {
                problems.add(Problem.of(LegacyRule.KEY_NOT_DIVISIBLE, -1, null, number, spaces));
            }
            if (quotient > MAX_U32) {
                problems.add(Problem.variant(LegacyRule.KEY_OUT_OF_RANGE, "quotient", -1, null, number, spaces, quotient));
            }
        }
        return new KeyNumber(key, digits.toString(), number, spaces, quotient, u32(quotient), problems);
    }

    /**
     * Computes the server's answer (draft-hixie-76 §5.2): MD5 of key1's and key2's numbers as
     * big-endian 32-bit integers followed by key3. Keys with problems are used as far as they go
     * (their quotient, or zeros), so a teaching view can still show every step.
     *
     * @throws IllegalArgumentException if key3 is not 8 bytes
     */
    public static Challenge challenge(String key1, String key2, byte[] key3) {
        if (key3.length != KEY3_LENGTH) {
            throw new IllegalArgumentException("key3 has " + key3.length + " bytes, not " + KEY3_LENGTH);
        }
        KeyNumber k1 = keyNumber(key1);
        KeyNumber k2 = keyNumber(key2);
        byte[] input = ByteBuffer.allocate(RESPONSE_LENGTH).put(k1.bigEndian4()).put(k2.bigEndian4()).put(key3).array();
        return new Challenge(k1, k2, key3, input, md5(input));
    }

    /** The client's request (draft-hixie-76 §4.1): head, blank line, then the 8 bytes of key3. */
    public static byte[] buildRequest(String host, String path, String origin, String key1, String key2,
                                      byte[] key3, String protocolOrNull) {
        if (key3.length != KEY3_LENGTH) {
            throw new IllegalArgumentException("key3 has " + key3.length + " bytes, not " + KEY3_LENGTH);
        }
        return new HandshakeText("GET " + path + " HTTP/1.1")
                .header("Upgrade", "WebSocket")
                .header("Connection", "Upgrade")
                .header("Host", host)
                .header("Origin", origin)
                .header("Sec-WebSocket-Key1", key1)
                .header("Sec-WebSocket-Key2", key2)
                .optional("Sec-WebSocket-Protocol", protocolOrNull)
                .end(key3);
    }

    /** The server's response (draft-hixie-76 §5.2): head, blank line, then the 16-byte MD5 response. */
    public static byte[] buildResponse(String origin, String location, String protocolOrNull, byte[] responseMd5) {
        if (responseMd5.length != RESPONSE_LENGTH) {
            throw new IllegalArgumentException("response has " + responseMd5.length + " bytes, not " + RESPONSE_LENGTH);
        }
        return new HandshakeText(STATUS_LINE)
                .header("Upgrade", "WebSocket")
                .header("Connection", "Upgrade")
                .header("Sec-WebSocket-Origin", origin)
                .header("Sec-WebSocket-Location", location)
                .optional("Sec-WebSocket-Protocol", protocolOrNull)
                .end(responseMd5);
    }

    /** A valid Key1/Key2 pair made as a client does (draft-hixie-76 §4.1). */
    public static String[] randomKeys(Random r) {
        return new String[] {Hixie76RandomKeys.key(r), Hixie76RandomKeys.key(r)};
    }

    /** 8 random bytes for key3 (draft-hixie-76 §4.1). */
    public static byte[] randomKey3(Random r) {
        byte[] key3 = new byte[KEY3_LENGTH];
        r.nextBytes(key3);
        return key3;
    }

    /**
     * Checks a parsed draft 76 request (draft-hixie-76 §4.1, §5.1). Header problems are not tied to a
     * byte (offset -1); key3 problems are reported at {@code offset}.
     *
     * @param header     looks a header up by name, case-insensitively
     * @param key3OrNull the bytes after the blank line (only the first 8 are key3), or null if none came
     * @param offset     stream offset of the first byte after the blank line
     */
    public static List<Problem> validateRequest(Function<String, Optional<String>> header, byte[] key3OrNull,
                                                long offset) {
        return Hixie76HandshakeValidation.request(header, key3OrNull, offset);
    }

    /**
     * Checks a parsed draft 76 response (draft-hixie-76 §4.1, the client's checks).
     *
     * @param header         looks a header up by name, case-insensitively
     * @param body16OrNull   the bytes after the blank line (only the first 16 are the response), or null
     * @param expectedOrNull the challenge of the request, to compare the MD5 response with; null to skip
     * @param offset         stream offset of the first byte after the blank line
     */
    public static List<Problem> validateResponse(Function<String, Optional<String>> header, byte[] body16OrNull,
                                                 Challenge expectedOrNull, long offset) {
        return Hixie76HandshakeValidation.response(header, body16OrNull, expectedOrNull, offset);
    }

    private static long parse(String digits) {
        String significant = digits.replaceFirst("^0+", "");
        if (significant.length() > MAX_LONG_DIGITS) {
            return -1;
        }
        return significant.isEmpty() ? 0 : Long.parseLong(significant);
    }

    private static byte[] u32(long quotient) {
        if (quotient < 0 || quotient > MAX_U32) {
            return new byte[4];
        }
        return ByteBuffer.allocate(4).putInt((int) quotient).array();
    }

    static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
