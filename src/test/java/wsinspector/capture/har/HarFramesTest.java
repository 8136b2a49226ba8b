package wsinspector.capture.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.Transcript;

/** The frames a HAR's messages could have been: the dissector reads them as a clean conversation. */
class HarFramesTest {

    static Transcript sample() throws Exception {
        HarConversation ws = HarReader.read(Files.readAllBytes(HarReaderTest.SAMPLE), "chromium.har").get(0);
        return Dissector.dissect(HarFrames.chunks(ws));
    }

    @Test
    void chromiumsConversationDissectsWithoutProblems() throws Exception {
        Transcript t = sample();
        assertEquals(10, t.messages().size());   // request, response, eight messages
        assertEquals(List.of(), t.messages().stream().flatMap(m -> m.problems().stream()).toList());
        assertTrue(((HandshakeMessage) t.messages().get(1)).accept() != null);
        assertTrue(t.deflate() != null, "the recorded response negotiated permessage-deflate");
    }

    @Test
    void everyMessageIsOneFinalUncompressedFrameTheClientsMaskedWithZeros() throws Exception {
        for (Message m : sample().messages().subList(2, 10)) {
            FrameMessage f = (FrameMessage) m;
            assertTrue(f.header().fin());
            assertTrue(!f.header().rsv1());
            boolean client = f.direction() == Direction.CLIENT_TO_SERVER;
            assertEquals(client, f.header().masked());
            if (client) {
                assertEquals("00000000", HexFormat.of().formatHex(f.header().maskingKey()));
            }
        }
        assertEquals("Привет, WebSocket!", ((FrameMessage) sample().messages().get(4)).completed().text());
    }

    @Test
    void theRequestTargetIsTheUrlsPathAndQuery() {
        assertEquals("/chat?room=1", HarFrames.target("wss://example.org/chat?room=1"));
        assertEquals("/", HarFrames.target("ws://127.0.0.1:8080"));
    }

    @Test
    void theHandshakeIsWrittenAsHttp11FromTheRecordedHeaders() throws Exception {
        HarConversation ws = HarReader.read(HarReaderTest.har("{\"type\":\"send\",\"opcode\":1,\"data\":\"a\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.har").get(0);
        List<Chunk> chunks = HarFrames.chunks(ws);
        assertEquals("GET / HTTP/1.1\r\nHost: 127.0.0.1:9\r\n\r\n", new String(chunks.get(0).bytes(),
                java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("HTTP/1.1 101 Switching Protocols\r\n\r\n", new String(chunks.get(1).bytes(),
                java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("818100000000" + "61", HexFormat.of().formatHex(chunks.get(2).bytes()));
    }
}
