package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.Problem;

/** The live legacy reader: frames in any split, a limit watched while a frame arrives, bad UTF-8 refused. */
class LegacyStreamTest {
    private static List<String> read(long max, byte[] stream, int pieceSize) {
        List<String> heard = new ArrayList<>();
        LegacyStream s = new LegacyStream(max, new LegacyStream.Listener() {
            @Override
            public void frame(LegacyFrame frame) {
                heard.add(frame.kind() + ":" + HexFormat.of().formatHex(frame.payload()));
            }

            @Override
            public void failed(Problem problem) {
                heard.add("failed:" + problem.rule().id());
            }
        });
        for (int i = 0; i < stream.length; i += pieceSize) {
            s.feed(stream, i, Math.min(pieceSize, stream.length - i));
        }
        return heard;
    }

    @Test
    void framesComeOutTheSameInAnySplit() {
        byte[] stream = HexFormat.of().parseHex("0048656c6c6fff" + "800348656c" + "ff00");
        List<String> whole = read(100, stream, stream.length);
        assertEquals(List.of("TEXT_SENTINEL:48656c6c6f", "LENGTH_PREFIXED:48656c", "CLOSE:"), whole);
        for (int piece = 1; piece < stream.length; piece++) {
            assertEquals(whole, read(100, stream, piece), "pieces of " + piece);
        }
    }

    @Test
    void anAnnouncedLengthOverTheLimitFailsBeforeThePayload() {
        assertEquals(List.of("failed:message-too-big"), read(100, HexFormat.of().parseHex("80817f"), 1));
        assertEquals(List.of("failed:legacy-length-too-large"),
                read(100, HexFormat.of().parseHex("80ffffffffffffffffff7f"), 3));
    }

    @Test
    void anEndlessTextFrameFailsAtTheLimitAndBadUtf8IsRefused() {
        byte[] endless = new byte[50_000];
        assertEquals(List.of("failed:message-too-big"), read(1000, endless, 4096));
        assertEquals(List.of("failed:legacy-text-invalid-utf8"), read(100, HexFormat.of().parseHex("00c328ff"), 1));
    }

    @Test
    void aFrameAfterTheClosingHandshakeFailsAsInACapture() {
        // draft-hixie-76 §5.3: nothing follows ff 00; the dissector says so of a capture, the live reader fails on it.
        assertEquals(List.of("CLOSE:", "failed:legacy-close-after-close"),
                read(100, HexFormat.of().parseHex("ff00" + "0048ff"), 1));
    }
}
