package wsinspector.capture.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.packet.Endpoint;

/** A HAR through the one way in: known by its first bytes, one conversation per WebSocket, marked reconstructed. */
class HarCaptureTest {

    @Test
    void theCaptureReaderKnowsAHarAndSaysItsFramesAreReconstructed() throws Exception {
        Capture capture = CaptureReader.read(HarReaderTest.SAMPLE, CaptureReader.Options.defaults());
        assertEquals("HAR", capture.format());
        assertEquals(List.of("har.reconstructed"), capture.notices().stream().map(n -> n.key()).toList());
        assertEquals(List.of("chromium.har"), capture.notices().get(0).args());
        CapturedConnection ws = capture.firstWebSocket();
        assertEquals(0, ws.stream());
        assertEquals("127.0.0.1", ws.server().address());
        assertEquals(10, ws.dissect().messages().size());
        assertTrue(ws.startNanos() > 0);
    }

    @Test
    void theServerIsTheUrlsHostAndPortOrTheSchemesPort() {
        assertEquals(new Endpoint("example.org", 443), HarCapture.server("wss://example.org/chat"));
        assertEquals(new Endpoint("::1", 9000), HarCapture.server("ws://[::1]:9000/"));
        assertEquals(null, HarCapture.server("not a url"));
    }
}
