package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameValidator.Role;

/** The one reader of frames: any split reads as the whole, it reads past broken frames, it steps over counted ones. */
class FrameReaderTest {
    /**
     * RFC 6455 §5.7's fragmented unmasked "Hel" "lo" with a ping between, a masked (so broken) text from a server,
     * a continuation with nothing to continue, then an unmasked "Hello".
     */
    private static final byte[] STREAM = Hex.bytes("01034865" + "6c" + "890548656c6c6f" + "80026c6f"
            + "818537fa213d7f9f4d5158" + "8000" + "810548656c6c6f");

    /** Each frame as "offset opcode [rules] message". */
    private static List<String> read(byte[] stream, int... cuts) {
        List<String> seen = new ArrayList<>();
        FrameReader reader = new FrameReader(new FrameJudge(Role.SERVER, null, 1 << 20), f -> seen.add(describe(f)));
        int from = 0;
        for (int cut : cuts) {
            reader.feed(stream, from, cut - from);
            from = cut;
        }
        reader.feed(stream, from, stream.length - from);
        reader.finish();
        return seen;
    }

    private static String describe(JudgedFrame f) {
        return f.frame().offset() + " " + (f.frame().header() == null ? "-" : f.frame().header().opcode()) + " "
                + f.problems().stream().map(p -> p.rule().id() + "@" + p.offset()).toList() + " "
                + (f.completed() == null ? "" : f.completed().opcode() + ":" + f.completed().text());
    }

    @Test
    void readsPastBrokenFramesAndJudgesEachWithItsMessage() {
        assertEquals(List.of(
                "0 1 [] ",
                "5 9 [] ",
                "12 0 [] TEXT:Hello",
                "16 1 [server-frame-masked@17] TEXT:Hello",
                "27 0 [continuation-without-start@27] ",
                "29 1 [] TEXT:Hello"), read(STREAM));
    }

    @Test
    void everySplitReadsAsTheWhole() {
        List<String> whole = read(STREAM);
        for (int a = 0; a <= STREAM.length; a++) {
            for (int b = a; b <= STREAM.length; b += 3) {
                assertEquals(whole, read(STREAM, a, b), "cut at " + a + " and " + b);
            }
        }
    }

    @Test
    void aFrameCutByTheEndIsTruncatedAndPartOfNoMessage() {
        byte[] cut = Hex.bytes("8105486565");
        assertEquals(List.of("0 1 [frame-truncated@0] "), read(cut));
        assertEquals(List.of("0 - [frame-truncated@0] "), read(Hex.bytes("81")));
    }

    @Test
    void eachFrameIsJudgedByTheJudgeItsHeaderChooses() {
        FrameJudge client = new FrameJudge(Role.CLIENT, null, 1 << 20);
        FrameJudge server = new FrameJudge(Role.SERVER, null, 1 << 20);
        List<Role> senders = new ArrayList<>();
        FrameReader reader = new FrameReader(h -> h.masked() ? client : server, Long.MAX_VALUE, f -> senders.add(f.sender()));
        byte[] both = Hex.bytes("818537fa213d7f9f4d5158" + "810548656c6c6f");
        reader.feed(both, 0, both.length);
        assertEquals(List.of(Role.CLIENT, Role.SERVER), senders);
    }

    @Test
    void framesCountedElsewhereAreSteppedOverBetweenFramesOnly() {
        List<String> seen = new ArrayList<>();
        FrameReader reader = new FrameReader(new FrameJudge(Role.SERVER, null, 1 << 20), f -> seen.add(describe(f)));
        reader.skip(7); // an unmasked "Hello" counted where it lay
        byte[] hello = Hex.bytes("810548656c6c6f");
        reader.feed(hello, 0, 3);
        assertThrows(IllegalStateException.class, () -> reader.skip(1));
        reader.feed(hello, 3, 4);
        assertEquals(List.of("7 1 [] TEXT:Hello"), seen);
        assertEquals(14, reader.position());
    }

    @Test
    void theHeaderInProgressIsKnownBeforeItsPayload() {
        FrameReader reader = new FrameReader(new FrameJudge(Role.SERVER, null, 1 << 20), f -> { });
        byte[] big = Hex.bytes("827f7fffffffffffffff");
        reader.feed(big, 0, 5);
        assertNull(reader.headerInProgress());
        assertEquals(-1, reader.bytesToFrameEnd());
        reader.feed(big, 5, 5);
        assertEquals(Long.MAX_VALUE, reader.headerInProgress().payloadLength());
    }
}
