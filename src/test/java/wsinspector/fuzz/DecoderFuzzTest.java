package wsinspector.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import wsinspector.capture.DumpException;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/**
 * Coverage-guided fuzzing of everything that reads untrusted bytes. {@code mvn verify} replays the
 * seeds under src/test/resources/wsinspector/fuzz/DecoderFuzzTestInputs/; to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=DecoderFuzzTest#dissectorIsTotal} (runs until stopped).
 */
class DecoderFuzzTest {

    /** The dissector never throws, never loops, and every input byte lands in exactly one message. */
    @FuzzTest(maxDuration = "30s")
    void dissectorIsTotal(FuzzedDataProvider data) {
        int mode = data.consumeInt(0, 3);
        Direction direction = mode == 3 ? null : Direction.values()[mode % 2];
        int cut = data.consumeInt(0, 64);
        byte[] bytes = data.consumeRemainingAsBytes();
        int at = Math.min(cut, bytes.length);
        List<Chunk> chunks = List.of(new Chunk(direction, 0, java.util.Arrays.copyOfRange(bytes, 0, at)),
                new Chunk(direction, 0, java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
        List<Message> messages = Dissector.dissect(chunks).messages();
        assertEquals(bytes.length, messages.stream().mapToLong(Message::length).sum());
    }

    /** The dump reader either reads or says why, with nothing but its own exception. */
    @FuzzTest(maxDuration = "30s")
    void dumpReaderOnlyThrowsDumpException(byte[] content) {
        try {
            DumpReader.read(content, "fuzz.txt", null);
        } catch (DumpException expected) {
            // a message for people: fine
        }
    }
}
