package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one legacy reader: judged frames the same in any split, read past errors, one judge across readers. */
class LegacyReaderTest {
    /** Each frame the reader hears, as kind, offset and the ids of the rules it breaks. */
    private static LegacyReader reader(LegacyStreamValidator judge, List<String> heard) {
        return new LegacyReader(judge, j -> heard.add(j.frame().kind() + "@" + j.frame().offset() + ":"
                + j.problems().stream().map(p -> p.rule().id()).toList()));
    }

    private static void feed(LegacyReader reader, byte[] stream, int piece) {
        for (int i = 0; i < stream.length; i += piece) {
            reader.feed(stream, i, Math.min(piece, stream.length - i));
        }
        reader.finish();
    }

    @Test
    void judgedFramesComeOutTheSameInAnySplitAndPastErrors() {
        // bad UTF-8, a good length-prefixed frame, the close, a text after it, a frame cut inside its length
        byte[] stream = HexFormat.of().parseHex("0048c328ff" + "8003616263" + "ff00" + "006869ff" + "8081");
        List<String> expected = List.of("TEXT_SENTINEL@0:[legacy-text-invalid-utf8]", "LENGTH_PREFIXED@5:[]",
                "CLOSE@10:[]", "TEXT_SENTINEL@12:[legacy-close-after-close]",
                "LENGTH_PREFIXED@16:[legacy-close-after-close, legacy-length-truncated]");
        for (int piece = 1; piece <= stream.length; piece++) {
            List<String> heard = new ArrayList<>();
            feed(reader(new LegacyStreamValidator(), heard), stream, piece);
            assertEquals(expected, heard, "pieces of " + piece);
        }
    }

    @Test
    void aJudgeSharedByTwoReadersRemembersTheClose() {
        // a capture's gap starts a new reader; what came before the gap still holds
        LegacyStreamValidator judge = new LegacyStreamValidator();
        List<String> heard = new ArrayList<>();
        feed(reader(judge, heard), HexFormat.of().parseHex("ff00"), 2);
        feed(reader(judge, heard), HexFormat.of().parseHex("0048ff"), 3);
        assertEquals(List.of("CLOSE@0:[]", "TEXT_SENTINEL@0:[legacy-close-after-close]"), heard);
    }
}
