package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Rule;

/**
 * A one-direction dump of a client that offered permessage-deflate: the response is missing, yet
 * frames with RSV1 are inflated, and the transcript says the extension was inferred, not seen.
 */
class DeflateInferenceTest {
    static final String OFFER = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
    /** "Hello" compressed as in RFC 7692 §7.2.3.1, masked with the RFC 6455 example key. */
    static final byte[] COMPRESSED_HELLO = FrameEncoder.encode(FrameSpec.of(1, HexFormat.of().parseHex("f248cdc9c90700"))
            .withRsv1(true).withMask(HexFormat.of().parseHex("37fa213d")));

    static byte[] request(String extensions) {
        return ("GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + extensions + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static Transcript clientOnly(byte[]... chunks) {
        return Dissector.dissect(java.util.Arrays.stream(chunks).map(b -> Chunk.of(Direction.CLIENT_TO_SERVER, b)).toList());
    }

    @Test
    void anOfferedExtensionIsInferredFromRsv1WhenTheResponseIsMissing() {
        Transcript t = clientOnly(request(OFFER), COMPRESSED_HELLO);
        FrameMessage frame = (FrameMessage) t.messages().get(1);
        assertEquals("Hello", frame.completed().text());
        assertEquals(List.of(InferenceRule.DEFLATE_INFERRED), frame.problems().stream().map(p -> p.rule()).toList());
        assertEquals(Rule.Severity.INFO, frame.problems().get(0).severity());
        assertEquals("frame.rsv1", frame.problems().get(0).field());
        assertTrue(t.deflateInferred());
        assertTrue(t.deflate() != null);
    }

    @Test
    void anUncompressedFrameBeforeTheFirstCompressedOneStaysAsItIs() {
        byte[] plain = FrameEncoder.encode(FrameSpec.text("Hi").withMask(new byte[] {1, 2, 3, 4}));
        Transcript t = clientOnly(request(OFFER), plain, COMPRESSED_HELLO);
        assertEquals("Hi", ((FrameMessage) t.messages().get(1)).completed().text());
        assertEquals("Hello", ((FrameMessage) t.messages().get(2)).completed().text());
        assertTrue(t.deflateInferred());
    }

    @Test
    void withoutAnOfferRsv1RemainsABrokenRule() {
        Transcript t = clientOnly(request(""), COMPRESSED_HELLO);
        assertFalse(t.deflateInferred());
        assertNull(t.deflate());
        assertFalse(t.messages().get(1).problems().isEmpty(), "RSV1 without a negotiated extension (RFC 6455 §5.2)");
    }

    @Test
    void aResponseThatDeclinedIsBelievedOverRsv1() {
        byte[] response = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Transcript t = Dissector.dissect(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, request(OFFER)),
                Chunk.of(Direction.SERVER_TO_CLIENT, response), Chunk.of(Direction.CLIENT_TO_SERVER, COMPRESSED_HELLO)));
        assertFalse(t.deflateInferred());
        assertFalse(t.messages().get(2).problems().isEmpty());
    }
}
