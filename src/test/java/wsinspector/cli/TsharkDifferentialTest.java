package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wsinspector.capture.har.HarConversation;
import wsinspector.capture.har.HarMessage;
import wsinspector.capture.har.HarReader;
import wsinspector.dissect.Direction;

/**
 * Wireshark's own WebSocket dissector as the judge: the frames it reads in a written pcapng must be
 * the frames {@code decode --json} reports (mask, FIN, RSV, opcode, length, text, close code).
 * Runs where tshark is on the PATH (.ci/run installs it); skipped elsewhere.
 */
class TsharkDifferentialTest {
    static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTshark() {
        assumeTrue(Tshark.available(), "tshark is not on the PATH (apt-get install tshark)");
    }

    static List<WireFrame> decoded(Path input) throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", input.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        List<WireFrame> frames = new ArrayList<>();
        for (JsonNode line : run.json()) {
            if (line.path("kind").asText().equals("frame")) {
                frames.add(WireFrame.ofDecodeJson(line));
            }
        }
        return frames;
    }

    Path converted(Path input) {
        Path out = dir.resolve(input.getFileName() + ".pcapng");
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", input.toString(), out.toString());
        assertEquals(0, run.status(), run.err());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"course-notes.xxd"})
    void aConvertedDumpReadsInTsharkAsTheFramesDecodeReports(String sample) throws Exception {
        Path input = SAMPLES.resolve(sample);
        List<WireFrame> ours = decoded(input);
        assertEquals(ours, Tshark.frames(converted(input)));
        assumeTrue(!ours.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chromium-deflate.pcapng", "jdk-client.pcapng", "protocol-error.pcapng"})
    void aRealCaptureDissectsAsTsharkReadsIt(String sample) throws Exception {
        Path capture = SAMPLES.resolve(sample);
        List<WireFrame> theirs = Tshark.frames(capture);
        assertTrue(theirs.size() >= 5, "tshark reads the sample's frames: " + theirs);
        assertEquals(theirs, decoded(capture));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chromium-deflate.pcapng", "jdk-client.pcapng", "protocol-error.pcapng"})
    void aConvertedCaptureReadsInTsharkAsTheOriginal(String sample) throws Exception {
        Path capture = SAMPLES.resolve(sample);
        assertEquals(Tshark.frames(capture), Tshark.frames(converted(capture)));
    }

    @Test
    void aHixie76CaptureHasNoRfc6455FramesForEitherReader() throws Exception {
        Path capture = SAMPLES.resolve("hixie76-client.pcapng");
        assertEquals(List.of(), Tshark.frames(capture));
        assertEquals(List.of(), decoded(capture));
        assertEquals(List.of(), Tshark.frames(converted(capture)));
    }

    @Test
    void aConvertedHarReadsInTsharkAsItsMessagesReconstructed() throws Exception {
        Path har = SAMPLES.resolve("chromium.har");
        HarConversation socket = HarReader.read(java.nio.file.Files.readAllBytes(har), "chromium.har").get(0);
        List<WireFrame> expected = new ArrayList<>();
        for (HarMessage m : socket.messages()) {
            boolean client = m.direction() == Direction.CLIENT_TO_SERVER;
            String text = m.opcode() == 1 ? new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8) : null;
            expected.add(new WireFrame(m.direction().code(), true, 0, m.opcode(), client, client ? "00000000" : null,
                    m.payload().length, text, null));
        }
        assertEquals(8, expected.size());
        List<WireFrame> theirs = Tshark.frames(converted(har));
        assertEquals(expected, theirs);
        assertEquals(decoded(har), theirs);
    }
}
