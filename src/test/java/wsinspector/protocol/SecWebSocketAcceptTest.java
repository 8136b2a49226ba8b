package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecWebSocketAcceptTest {

    @ParameterizedTest
    @CsvSource({
        "dGhlIHNhbXBsZSBub25jZQ==, s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", // RFC 6455 §1.3
        "Iv8io/9s+lYFgZWcXczP8Q==, hsBlbuDTkk24srzEOTBUlZAlC2g=", // the course notes
    })
    void acceptOfKnownKeys(String key, String accept) {
        assertEquals(accept, SecWebSocketAccept.of(key));
    }

    @Test
    void computationShowsEveryStep() {
        AcceptComputation c = SecWebSocketAccept.compute("dGhlIHNhbXBsZSBub25jZQ==");
        assertEquals("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11", c.concatenated());
        assertEquals(SecWebSocketAccept.GUID, c.guid());
        assertEquals("b37a4f2cc0624f1690f64606cf385945b2bec4ea", c.sha1Hex());
        assertEquals(20, c.sha1().length);
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", c.accept());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dGhlIHNhbXBsZSBub25jZQ==", "Iv8io/9s+lYFgZWcXczP8Q==", "AAAAAAAAAAAAAAAAAAAAAA=="})
    void sixteenByteKeysAreValid(String key) {
        assertTrue(SecWebSocketAccept.isValidKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "dGhlIHNhbXBsZSBub25jZQ",       // padding left out
        "dGhlIHNhbXBsZSBub25jZR==",     // unused low bits set: not the canonical encoding
        "c2hvcnQ=",                     // "short": 5 bytes
        "dGhlIHNhbXBsZSBub25jZQ==dGhl", // 19 bytes
        "dGhlIHNhbXBsZSBub25j*Q==",     // not base64
        "AAAAAAAAAAAAAAAAAAAAAAAA",     // 18 bytes
    })
    void otherKeysAreInvalid(String key) {
        assertFalse(SecWebSocketAccept.isValidKey(key));
    }

    @Test
    void nullKeyIsInvalid() {
        assertFalse(SecWebSocketAccept.isValidKey(null));
    }

    @Test
    void randomKeyIsValidAndRepeatableWithASeed() {
        String a = SecWebSocketAccept.randomKey(new Random(42));
        assertTrue(SecWebSocketAccept.isValidKey(a));
        assertEquals(a, SecWebSocketAccept.randomKey(new Random(42)));
        assertNotEquals(a, SecWebSocketAccept.randomKey(new Random(43)));
    }
}
