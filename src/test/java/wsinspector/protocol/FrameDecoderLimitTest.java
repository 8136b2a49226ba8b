package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;
import static wsinspector.protocol.Hex.concat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A decoder with a limit keeps at most that many bytes of a frame and counts the rest: bounded memory on any input. */
class FrameDecoderLimitTest {
    private static final int LIMIT = 1024;

    private static List<DecodedFrame> decode(byte[] stream, int pieceSize) {
        List<DecodedFrame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(frames::add, LIMIT);
        for (int i = 0; i < stream.length; i += pieceSize) {
            decoder.feed(stream, i, Math.min(pieceSize, stream.length - i));
        }
        decoder.finish();
        return frames;
    }

    @Test
    void aFrameAnnouncingExabytesKeepsTheLimitAndCountsTheRest() {
        byte[] stream = concat(bytes("82 7f 40 00 00 00 00 00 00 00"), new byte[100_000]); // 2^62 bytes announced
        for (int piece : new int[] {1, 7, 4096, stream.length}) {
            List<DecodedFrame> frames = decode(stream, piece);
            assertEquals(1, frames.size(), "pieces of " + piece);
            DecodedFrame f = frames.get(0);
            assertEquals(LIMIT, f.wire().length);
            assertEquals(stream.length - LIMIT, f.omitted());
            assertEquals(stream.length, f.length());
            assertTrue(f.truncated());
        }
    }

    @Test
    void aLongCompleteFrameEndsWhereItsLengthSaysAndTheNextFrameFollows() {
        byte[] payload = new byte[5000];
        Arrays.fill(payload, (byte) 'x');
        byte[] stream = concat(concat(bytes("82 7e 13 88"), payload), bytes("81 02 68 69")); // 5000 bytes, then "hi"
        for (int piece : new int[] {1, 100, stream.length}) {
            List<DecodedFrame> frames = decode(stream, piece);
            assertEquals(2, frames.size(), "pieces of " + piece);
            assertFalse(frames.get(0).truncated());
            assertEquals(4 + 5000, frames.get(0).length());
            assertEquals(4 + 5000 - LIMIT, frames.get(0).omitted());
            assertEquals(4 + 5000, frames.get(1).offset());
            assertArrayEquals(bytes("81 02 68 69"), frames.get(1).wire());
        }
    }

    @Test
    void framesWithinTheLimitAreKeptWhole() {
        byte[] stream = bytes("81 05 48 65 6c 6c 6f");
        DecodedFrame f = decode(stream, stream.length).get(0);
        assertEquals(0, f.omitted());
        assertArrayEquals(stream, f.wire());
    }

    @Test
    void aTooBigMessageIsReportedWithTheBytesNotKept() {
        byte[] payload = new byte[5000];
        byte[] stream = concat(bytes("82 7e 13 88"), payload);
        DecodedFrame f = decode(stream, stream.length).get(0);
        Assembly a = new MessageAssembler(FrameValidator.Role.SERVER, null, 2000).accept(f);
        assertTrue(a.problems().stream().anyMatch(p -> p.rule() == FrameRule.MESSAGE_TOO_BIG), a.problems().toString());
    }
}
