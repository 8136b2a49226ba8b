package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * A conversation between two programs that are not ours — the JDK's WebSocket client and the
 * Java-WebSocket server — recorded by our proxy and dissected: what they say must decode cleanly,
 * frame by frame, with the JDK's real masks and the server's real accept key.
 */
@Timeout(30)
class RealPeersCaptureTest {

    @Test
    void jdkClientAndJavaWebSocketServerDissectWithoutProblems() throws Exception {
        TapRecording recording = new TapRecording();
        try (WireTap tap = new WireTap(100_000); JavaWebSocketEcho server = JavaWebSocketEcho.start(false)) {
            tap.addListener(recording);
            try (WsProxy proxy = new WsProxy("127.0.0.1", 0, URI.create("ws://127.0.0.1:" + server.getPort() + "/"), tap)) {
                URI via = URI.create("ws://127.0.0.1:" + proxy.start().getPort() + "/chat");
                try (JdkClient client = JdkClient.connect(via, b -> b.subprotocols("chat"))) {
                    client.ws.sendText("Hello", true).get(10, TimeUnit.SECONDS);
                    assertEquals("Hello", client.nextText());
                    client.ws.sendText("Привет, ", false).get(10, TimeUnit.SECONDS);
                    client.ws.sendText("мир", true).get(10, TimeUnit.SECONDS);
                    assertEquals("Привет, мир", client.nextText());
                    client.ws.sendBinary(ByteBuffer.wrap(new byte[70_000]), true).get(10, TimeUnit.SECONDS);
                    assertEquals(70_000, client.nextBinary().length);
                    client.ws.sendClose(1000, "bye").get(10, TimeUnit.SECONDS);
                    assertEquals(1000, client.closeCode.get(10, TimeUnit.SECONDS));
                }
                recording.awaitClosed(Source.PROXY, 1);
            }
        }
        List<Message> messages = Dissector.dissect(recording.chunks(Source.PROXY)).messages();

        HandshakeMessage request = (HandshakeMessage) messages.get(0);
        assertEquals("GET /chat HTTP/1.1", request.head().startLine());
        // The JDK client is no browser: it sends no Origin, which is a remark, not an error.
        assertEquals(List.of("origin-missing"), ids(request.problems()));
        HandshakeMessage response = (HandshakeMessage) messages.get(1);
        assertEquals(101, response.head().statusCode());
        assertEquals("compare.equal", response.root().find("accept.match").orElseThrow().meaningKey());
        List<FrameMessage> frames = messages.stream().skip(2).map(m -> (FrameMessage) m).toList();
        frames.forEach(f -> assertEquals(List.of(), ids(f.problems()), f.root().value()));
        frames.stream().filter(f -> f.direction() == Direction.CLIENT_TO_SERVER)
                .forEach(f -> assertTrue(f.header().masked(), "the JDK masks every frame"));
        List<String> texts = frames.stream().filter(f -> f.completed() != null && f.completed().text() != null)
                .map(f -> f.completed().text()).toList();
        assertEquals(List.of("Hello", "Hello", "Привет, мир", "Привет, мир"), texts);
        assertTrue(frames.stream().anyMatch(f -> f.root().find("frame.length64").map(x -> x.value().equals("70000")).orElse(false)),
                "70,000 bytes take the 64-bit length");
        assertTrue(frames.stream().anyMatch(f -> f.root().find("close.code").map(c -> c.value().equals("1000")).orElse(false)));
    }

    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(Problem::rule).map(Rule::id).toList();
    }
}
