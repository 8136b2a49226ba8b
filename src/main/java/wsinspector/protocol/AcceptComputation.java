package wsinspector.protocol;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Every step of computing {@code Sec-WebSocket-Accept} (RFC 6455 §4.2.2 item 5.4, §1.3), kept so
 * that a person can see them: the key, the GUID, the two joined, their SHA-1, its base64.
 *
 * @param key          the client's {@code Sec-WebSocket-Key}, as sent
 * @param guid         the fixed GUID of RFC 6455
 * @param concatenated key followed by the GUID
 * @param sha1         the 20-byte SHA-1 of the concatenation (ISO-8859-1 bytes)
 * @param accept       base64 of the SHA-1: the value the server must send
 */
public record AcceptComputation(String key, String guid, String concatenated, byte[] sha1, String accept) {

    public AcceptComputation {
        sha1 = sha1.clone();
    }

    @Override
    public byte[] sha1() {
        return sha1.clone();
    }

    /** The SHA-1 as lower-case hex, e.g. {@code b37a4f2c…}. */
    public String sha1Hex() {
        return HexFormat.of().formatHex(sha1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcceptComputation a && key.equals(a.key) && guid.equals(a.guid)
                && concatenated.equals(a.concatenated) && Arrays.equals(sha1, a.sha1) && accept.equals(a.accept);
    }

    @Override
    public int hashCode() {
        return 31 * concatenated.hashCode() + Arrays.hashCode(sha1);
    }

    @Override
    public String toString() {
        return "AcceptComputation[key=" + key + ", sha1=" + sha1Hex() + ", accept=" + accept + "]";
    }
}
