package wsinspector.capture.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.capture.DumpException;
import wsinspector.dissect.Direction;

/** The HAR reader on the HAR Playwright recorded from Chromium (samples/chromium.har) and on broken ones. */
class HarReaderTest {
    static final Path SAMPLE = Path.of("samples", "chromium.har");

    static List<HarConversation> read(String json) throws DumpException {
        return HarReader.read(json.getBytes(StandardCharsets.UTF_8), "test.har");
    }

    static String message(String json) {
        return assertThrows(DumpException.class, () -> read(json)).getMessage();
    }

    @Test
    void chromiumsHarHoldsOneWebSocketWithItsUpgradeAndEightMessages() throws Exception {
        List<HarConversation> sockets = HarReader.read(Files.readAllBytes(SAMPLE), "chromium.har");
        assertEquals(1, sockets.size());
        HarConversation ws = sockets.get(0);
        assertTrue(ws.url().startsWith("ws://127.0.0.1:"), ws.url());
        assertEquals(101, ws.status());
        assertTrue(ws.requestHeaders().stream().anyMatch(h -> h.name().equalsIgnoreCase("Sec-WebSocket-Key")));
        assertTrue(ws.responseHeaders().stream().anyMatch(h -> h.name().equalsIgnoreCase("Sec-WebSocket-Extensions")
                && h.value().startsWith("permessage-deflate")));
        assertEquals(8, ws.messages().size());
        HarMessage hello = ws.messages().get(0);
        assertEquals(Direction.CLIENT_TO_SERVER, hello.direction());
        assertEquals(1, hello.opcode());
        assertArrayEquals("Hello".getBytes(StandardCharsets.UTF_8), hello.payload());
        assertEquals(Direction.SERVER_TO_CLIENT, ws.messages().get(1).direction());
    }

    @Test
    void binaryDataIsBase64AndTextIsUtf8() throws Exception {
        HarConversation ws = HarReader.read(Files.readAllBytes(SAMPLE), "chromium.har").get(0);
        HarMessage binary = ws.messages().get(6);
        assertEquals(2, binary.opcode());
        assertArrayEquals(new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF}, binary.payload());
        assertEquals("Привет, WebSocket!", new String(ws.messages().get(2).payload(), StandardCharsets.UTF_8));
    }

    @Test
    void playwrightsMillisecondsAndDevToolsSecondsAreTheSameInstant() throws Exception {
        String ms = har("{\"type\":\"send\",\"time\":1796001603596.5,\"opcode\":1,\"data\":\"a\"}");
        String s = har("{\"type\":\"send\",\"time\":1796001603.5965,\"opcode\":1,\"data\":\"a\"}");
        long fromMs = read(ms).get(0).messages().get(0).timestampNanos();
        long fromS = read(s).get(0).messages().get(0).timestampNanos();
        assertEquals(1_796_001_603_596_500_000L, fromMs);
        assertEquals(fromMs, fromS, 1_000);
        assertEquals(Instant.parse("2026-11-30T01:20:02.985Z").toEpochMilli() * 1_000_000L, read(ms).get(0).startNanos());
    }

    @Test
    void entriesWithoutWebSocketMessagesAreSkipped() throws Exception {
        String json = "{\"log\":{\"entries\":[{\"request\":{\"url\":\"http://x/\"}},"
                + entry("{\"type\":\"receive\",\"opcode\":1,\"data\":\"b\"}") + "]}}";
        List<HarConversation> sockets = read(json);
        assertEquals(1, sockets.size());
        assertEquals(1, sockets.get(0).entry());
    }

    @Test
    void recognisesAHarByItsStartOnly() {
        assertTrue(HarReader.looksLikeHar("\uFEFF {\n  \"log\": {".getBytes(StandardCharsets.UTF_8)));
        assertFalse(HarReader.looksLikeHar("{\"type\":\"send\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(HarReader.looksLikeHar("00000000: 8105 4865".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        String m = message("{\"log\": {\"entries\": [\n  {\"request\": }\n]}}");
        assertTrue(m.startsWith("cannot read test.har: it is not valid JSON (line 2, column"), m);
        assertTrue(m.endsWith("Export the HAR again."), m);
    }

    @Test
    void aJsonFileThatIsNoHarSaysWhatAHarHolds() {
        assertEquals("cannot read test.har: a HAR file holds an object \"log\" with an array \"entries\", and this one"
                + " has none. Export the HAR again from the browser's developer tools.", message("{\"log\":{}}"));
    }

    @Test
    void aHarWithoutWebSocketsSaysHowToRecordOne() {
        String m = message("{\"log\":{\"entries\":[{\"request\":{\"url\":\"http://x/\"}}]}}");
        assertTrue(m.startsWith("cannot read test.har: none of its 1 entries is a WebSocket"), m);
    }

    @Test
    void aMessageWithAnUnknownTypeIsNamedByEntryAndIndex() {
        assertEquals("cannot read test.har, entry 0 (ws://127.0.0.1:9/), WebSocket message 0: its \"type\" is \"sent\";"
                + " it must be \"send\" or \"receive\".", message(har("{\"type\":\"sent\",\"opcode\":1,\"data\":\"a\"}")));
    }

    @Test
    void aMessageWithoutOpcodeOrDataIsRefused() {
        assertTrue(message(har("{\"type\":\"send\",\"data\":\"a\"}")).endsWith("its \"opcode\" is missing; it must be a"
                + " number from 0 to 15 (1 text, 2 binary)."));
        assertTrue(message(har("{\"type\":\"send\",\"opcode\":1}")).endsWith("it has no \"data\" string."));
    }

    @Test
    void binaryDataThatIsNoBase64IsRefused() {
        String m = message(har("{\"type\":\"receive\",\"opcode\":2,\"data\":\"not base64!\"}"));
        assertTrue(m.contains("WebSocket message 0: a binary message's \"data\" must be base64"), m);
    }

    static String entry(String... messages) {
        return "{\"startedDateTime\":\"2026-11-30T01:20:02.985Z\",\"request\":{\"method\":\"GET\",\"url\":\"ws://127.0.0.1:9/\","
                + "\"httpVersion\":\"HTTP/1.1\",\"headers\":[{\"name\":\"Host\",\"value\":\"127.0.0.1:9\"}]},"
                + "\"response\":{\"status\":101,\"statusText\":\"Switching Protocols\",\"headers\":[]},"
                + "\"_webSocketMessages\":[" + String.join(",", messages) + "]}";
    }

    static String har(String... messages) {
        return "{\"log\":{\"version\":\"1.2\",\"entries\":[" + entry(messages) + "]}}";
    }
}
