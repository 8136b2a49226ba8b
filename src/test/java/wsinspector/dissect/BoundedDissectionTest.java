package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.dissect.Bytes.concat;
import static wsinspector.dissect.Bytes.hex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whatever the input, the dissector holds a bounded number of its bytes at once. */
class BoundedDissectionTest {
    private static final Direction C2S = Direction.CLIENT_TO_SERVER;

    private static List<Message> dissect(byte[] stream, int piece, long maxMessageBytes) {
        List<Message> messages = new ArrayList<>();
        Dissector d = new Dissector(messages::add, new Dissector.Options(C2S, maxMessageBytes));
        for (int i = 0; i < stream.length; i += piece) {
            byte[] slice = java.util.Arrays.copyOfRange(stream, i, Math.min(stream.length, i + piece));
            d.accept(new Chunk(null, 0, slice));
        }
        d.finish();
        return messages;
    }

    @Test
    void bytesAfterAMalformedHeadComeInPiecesThatAddUpToTheStream() {
        byte[] stream = concat("GET / HTTP/1.1\r\nHost\u0000: x\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                new byte[300_000]);
        for (int piece : new int[] {1000, 65536, stream.length}) {
            List<Message> messages = dissect(stream, piece, Dissector.DEFAULT_MAX_MESSAGE_BYTES);
            assertTrue(messages.size() > 1, "pieces of " + piece);
            long at = 0;
            for (Message m : messages) {
                assertEquals(Message.Kind.UNDECODED, m.kind());
                assertEquals(at, m.offset());
                assertTrue(m.wire().length <= StreamDissector.UNDECODED_PIECE + 65536, m.wire().length + " bytes");
                at += m.length();
            }
            assertEquals(stream.length, at);
            assertFalse(messages.get(0).problems().isEmpty());
            assertTrue(messages.get(1).problems().isEmpty(), "the problem is reported once, where it was found");
        }
    }

    @Test
    void aFrameLongerThanTheLimitKeepsTheLimitAndCountsItsWholeLength() {
        byte[] stream = concat(hex("82 7f 00 00 00 00 00 10 00 00"), new byte[200_000]); // announces 1 MiB, 200,000 present
        List<Message> messages = dissect(stream, 4096, 64 * 1024);
        assertEquals(1, messages.size());
        FrameMessage f = (FrameMessage) messages.get(0);
        assertEquals(64 * 1024, f.wire().length);
        assertEquals(stream.length, f.length());
        assertTrue(f.problems().stream().anyMatch(p -> p.rule().id().contains("truncated")), f.problems().toString());
    }
}
