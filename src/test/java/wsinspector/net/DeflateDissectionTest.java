package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wsinspector.dissect.Dissector;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateSamples;
import wsinspector.protocol.ExtensionOffer;
import wsinspector.protocol.Problem;

/**
 * The dissector reads back every negotiated permessage-deflate set: a conversation of the project's client and echo
 * server with small windows and without context takeover, recorded by the wire tap, dissected without a problem and
 * with every message inflated to what was sent.
 */
@Timeout(30)
class DeflateDissectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "permessage-deflate; server_max_window_bits=8; client_max_window_bits=8",
            "permessage-deflate; client_no_context_takeover; server_max_window_bits=9; client_max_window_bits",
            "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=12;"
                    + " client_max_window_bits=10",
    })
    void dissectsAndInflatesEveryMessage(String offerHeader) throws Exception {
        DeflateOffer offer = DeflateOffer.from(ExtensionOffer.parseAll(List.of(offerHeader)).get(0)).orElseThrow();
        TapRecording recording = new TapRecording();
        List<String> sent = new ArrayList<>();
        try (EchoServer server = new EchoServer(EchoServerOptions.defaults(), null); WireTap tap = new WireTap(100_000)) {
            InetSocketAddress at = server.start();
            tap.addListener(recording);
            Received received = new Received();
            try (WsClient client = WsClient.connect(ClientOptions.defaults(URI.create("ws://127.0.0.1:" + at.getPort() + "/"))
                    .withDeflateOffer(offer), tap, received)) {
                for (int size : new int[] {64, 4096, 65536, 4096}) {
                    String text = new String(DeflateSamples.message(size, size), StandardCharsets.US_ASCII);
                    client.sendText(text, 1000, null); // fragmented too: the inflater joins the fragments first
                    assertEquals(text, received.next().text());
                    sent.add(text);
                    sent.add(text);
                }
            }
            recording.awaitClosed(Source.CLIENT, 1);
        }
        List<Message> messages = Dissector.dissect(recording.chunks(Source.CLIENT)).messages();
        HandshakeMessage response = (HandshakeMessage) messages.get(1);
        assertEquals(List.of(), response.problems().stream().map(Problem::rule).toList());
        List<FrameMessage> frames = messages.stream().skip(2).map(m -> (FrameMessage) m).toList();
        frames.forEach(f -> assertEquals(List.of(), f.problems().stream().map(Problem::rule).toList(), f.root().value()));
        List<String> texts = frames.stream().filter(f -> f.completed() != null && f.completed().text() != null)
                .map(f -> f.completed().text()).toList();
        assertEquals(sent, texts);
    }
}
