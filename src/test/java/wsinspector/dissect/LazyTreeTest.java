package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static wsinspector.dissect.Bytes.ascii;
import static wsinspector.dissect.Bytes.concat;
import static wsinspector.dissect.Bytes.hex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.Problem;

/** The index holds verdicts; the field tree is built when asked for, once. */
class LazyTreeTest {
    private static final Direction C2S = Direction.CLIENT_TO_SERVER;

    @Test
    void indexingBuildsNoTree() {
        AtomicInteger built = new AtomicInteger();
        LazyTree tree = new LazyTree(() -> {
            built.incrementAndGet();
            return new FieldBuilder("frame", 0, 2).build();
        });
        assertEquals(0, built.get());
        Field first = tree.get();
        assertSame(first, tree.get());
        assertEquals(1, built.get());
    }

    @Test
    void theIndexHoldsTheSameProblemsTheTreeShows() {
        // an unmasked client frame with RSV2 set, a reserved opcode, a bad request, and bytes after a truncated head
        List<Chunk> chunks = List.of(
                Chunk.of(C2S, ascii("GET /chat HTTP/1.1\r\nHost: x\r\n\r\n")),
                Chunk.of(C2S, concat(hex("a3 02 01 02"), hex("81 05 48 65 6c 6c 6f"), hex("88 82 00 00 00 00 03"))));
        List<Message> messages = Dissector.dissect(chunks).messages();
        assertFalse(messages.stream().allMatch(m -> m.problems().isEmpty()));
        for (Message m : messages) {
            assertEquals(sorted(m.root().allProblems()), sorted(m.problems()), m.kind() + " @" + m.offset());
        }
    }

    private static List<String> sorted(List<Problem> problems) {
        List<String> out = new ArrayList<>(problems.stream().map(Problem::toString).toList());
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
