package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code decode} of a HAR: its messages as reconstructed frames, and every output says they are reconstructed. */
class DecodeHarTest {
    static final String HAR = "samples/chromium.har";

    @Test
    void everyJsonLineIsMarkedReconstructedAndTheNoticeGoesToStderr() throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", HAR, "--json");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.json();
        assertEquals(10, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.path("reconstructed").asBoolean()));
        assertEquals("00000000", lines.get(2).path("maskKey").asText());
        assertEquals("Hello", lines.get(2).path("text").asText());
        assertTrue(run.err().startsWith("note: chromium.har holds WebSocket messages, not frames"), run.err());
    }

    @Test
    void theListingSaysSoBeforeTheFirstMessageInEitherLanguage() {
        String en = DecodeCommandTest.run("decode", HAR).out();
        assertTrue(en.startsWith("# chromium.har: HAR\n# chromium.har holds WebSocket messages, not frames"), en);
        String ru = DecodeCommandTest.run("decode", HAR, "--lang", "ru").out();
        assertTrue(ru.contains("# chromium.har хранит сообщения WebSocket, а не фреймы"), ru.lines().limit(3).toList().toString());
    }

    @Test
    void aStreamTheHarDoesNotHoldIsOneLineAndExitTwo() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", HAR, "--stream", "1");
        assertEquals(2, run.status());
        assertEquals("error: chromium.har holds 1 WebSocket conversation(s), numbered from 0; there is no stream 1.\n",
                run.err());
    }
}
