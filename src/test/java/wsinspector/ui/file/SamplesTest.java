package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.capture.DumpReader;
import wsinspector.capture.HexDumpWriter;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.dissect.Transcript;

/**
 * samples/ holds what the encoders make. Rewrite them with {@code -Dsamples.update=true}; without it
 * the test fails when a sample differs, so a changed encoder cannot leave a stale sample behind.
 */
class SamplesTest {
    private static final Path COURSE_NOTES = SampleDumps.COURSE_NOTES;
    private static final Path HIXIE76 = SampleDumps.HIXIE76;

    @Test
    void courseNotesSampleIsWhatTheEncodersMake() throws IOException {
        check(COURSE_NOTES, HexDumpWriter.writeChunks(SampleDumps.courseNotes(), SampleDumps.COURSE_NOTES_COMMENT));
    }

    @Test
    void hixie76SampleIsWhatTheEncodersMake() throws IOException {
        check(HIXIE76, HexDumpWriter.writeChunks(SampleDumps.hixie76(), SampleDumps.HIXIE76_COMMENT));
    }

    @Test
    void courseNotesDissectCleanlyIntoEightMessages() throws Exception {
        Transcript t = Dissector.dissect(DumpReader.read(COURSE_NOTES, null).chunks());
        assertEquals(8, t.messages().size());
        assertEquals(List.of(), t.messages().stream().flatMap(m -> m.problems().stream()).toList());
    }

    @Test
    void hixie76DissectsCleanlyIntoLegacyFrames() throws Exception {
        Transcript t = Dissector.dissect(DumpReader.read(HIXIE76, null).chunks());
        assertEquals(8, t.messages().size());
        assertEquals(Message.Kind.LEGACY_FRAME, t.messages().get(2).kind());
        assertEquals(List.of(), t.messages().stream().flatMap(m -> m.problems().stream()).toList());
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("samples.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run with -Dsamples.update=true");
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " is stale: run with -Dsamples.update=true");
    }

    static List<Chunk> chunks(Path file) throws Exception {
        return DumpReader.read(file, null).chunks();
    }
}
