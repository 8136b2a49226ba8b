package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.inspect.InspectorWhole;

/**
 * The request inspected before its answer came (a guided lesson shows its request a moment before the echo server's
 * answer is recorded; a capture read in parts): once the answer is on the timeline the accept computation compares the
 * value the server sent; it said «no answer from the server yet» beside the answer's arrow for the lesson's three steps
 * on the request's headers. While a capture is read the computation waits for the reading's end (made again during a
 * big capture's load it stalled the window). The source hands over the request, waits, then the answer: no race
 * decides it.
 */
@Timeout(60)
class AnswerAfterRequestTest extends WindowTest {
    private static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    /** RFC 6455 §1.3's key and its accept value. */
    private static final String RESPONSE = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";

    @Test
    void theAcceptComputationComparesOnceTheAnswerCame() throws Exception {
        List<Message> messages = Dissector.dissect(List.of(
                new Chunk(Direction.CLIENT_TO_SERVER, GatedSource.START_NANOS, REQUEST.getBytes(StandardCharsets.US_ASCII)),
                new Chunk(Direction.SERVER_TO_CLIENT, GatedSource.START_NANOS + 1_000_000L,
                        RESPONSE.getBytes(StandardCharsets.US_ASCII)))).messages();
        GatedSource source = new GatedSource(messages, 1, null);
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, source::atGate);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().selected() != null);
        Message request = messages.get(0);
        assertSame(request, window.session().selected());
        WaitForAsyncUtils.asyncFx(() -> window.inspector().showTab("handshake")).get();
        InspectorWhole.await(window.inspector());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> inFront(".proof-note")).get() != null);
        assertEquals(window.i18n().t("inspect.proof.waiting"),
                ((Labeled) WaitForAsyncUtils.asyncFx(() -> inFront(".proof-note")).get()).getText(), "before the answer");

        source.open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> inFront(".proof-result")).get() != null);
        assertNull(WaitForAsyncUtils.asyncFx(() -> inFront(".proof-note")).get(), "«no answer yet» once the answer came");
        assertSame(request, window.inspector().messageProperty().get(), "the request still inspected");
    }

    /** The node of this style class in the inspector's view in front, or null; on the FX thread. */
    private Node inFront(String selector) {
        TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
        Tab front = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        Node view = front == null ? null : InspectorPane.viewOf(front);
        return view == null ? null : view.lookup(selector);
    }
}
