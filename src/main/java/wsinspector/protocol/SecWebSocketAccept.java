package wsinspector.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;

/**
 * The key and accept values of the opening handshake (RFC 6455 §1.3, §4.1 item 7, §4.2.2 item 5.4):
 * the client sends a random 16-byte nonce in base64, the server proves it read the request by
 * answering base64(SHA-1(key + GUID)).
 */
public final class SecWebSocketAccept {

    /** The GUID that RFC 6455 §1.3 appends to the key. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private SecWebSocketAccept() {
    }

    /** All steps of the accept value for {@code key} (the key exactly as sent, not decoded). */
    public static AcceptComputation compute(String key) {
        String concatenated = key + GUID;
        byte[] sha1 = sha1(concatenated.getBytes(StandardCharsets.ISO_8859_1));
        return new AcceptComputation(key, GUID, concatenated, sha1, Base64.getEncoder().encodeToString(sha1));
    }

    /** The {@code Sec-WebSocket-Accept} value for {@code key}. */
    public static String of(String key) {
        return compute(key).accept();
    }

    /**
     * Whether {@code key} is a valid {@code Sec-WebSocket-Key}: canonical base64 (24 characters,
     * with padding) of exactly 16 bytes (RFC 6455 §4.1 item 7, §11.3.1).
     */
    public static boolean isValidKey(String key) {
        if (key == null || key.length() != 24) {
            return false;
        }
        try {
            byte[] nonce = Base64.getDecoder().decode(key);
            // Re-encoding rejects keys whose unused low bits are set, which the JDK decoder ignores.
            return nonce.length == 16 && Base64.getEncoder().encodeToString(nonce).equals(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A fresh key: 16 bytes from {@code random}, in base64 (inject a seeded Random for repeatable bytes). */
    public static String randomKey(Random random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
