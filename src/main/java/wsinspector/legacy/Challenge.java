package wsinspector.legacy;

import java.util.ArrayList;
import java.util.List;
import wsinspector.protocol.Problem;

/**
 * The hixie-76 challenge and its answer (draft-hixie-76 §5.2): the two key numbers as big-endian
 * 32-bit integers, then key3, make 16 bytes; their MD5 is the 16-byte body of the server's response.
 *
 * @param key1     Sec-WebSocket-Key1 taken apart
 * @param key2     Sec-WebSocket-Key2 taken apart
 * @param key3     the 8 bytes after the request's blank line
 * @param md5Input key1 number ‖ key2 number ‖ key3, 16 bytes
 * @param response MD5(md5Input), 16 bytes
 */
public record Challenge(KeyNumber key1, KeyNumber key2, byte[] key3, byte[] md5Input, byte[] response) {

    public Challenge {
        key3 = key3.clone();
        md5Input = md5Input.clone();
        response = response.clone();
    }

    @Override public byte[] key3() { return key3.clone(); }
    @Override public byte[] md5Input() { return md5Input.clone(); }
    @Override public byte[] response() { return response.clone(); }

    /** The problems of both keys; when not empty, a server would have aborted instead of answering. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(key1.problems());
        all.addAll(key2.problems());
        return all;
    }
}
