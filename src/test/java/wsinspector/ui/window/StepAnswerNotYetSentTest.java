package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * Step mode (F5) at the step that sends the handshake's request: the answer is not sent yet, and the handshake view
 * does not hold it either (W8-10: on protocol-error.pcapng at «3 / 11» the view scrolled to «Ответ · Сервер → клиент,
 * HTTP/1.1 101 Switching Protocols … Sec-WebSocket-Accept: px29a6…», and its heading peeked at the foot unscrolled).
 */
@Timeout(90)
class StepAnswerNotYetSentTest extends OffScreenWindowTest {

    @ParameterizedTest
    @ValueSource(strings = {"protocol-error.pcapng", "course-notes.xxd"})
    void theRequestsStepShowsNoAnswer(String sample) throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), 1280, 800);
        WindowFixture.open(window, Path.of("samples", sample));
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.STEPS)).get();
        int steps = 0;
        while (!WaitForAsyncUtils.asyncFx(() -> window.inspector().model().message() instanceof HandshakeMessage h
                && h.request()).get()) {
            assertTrue(WaitForAsyncUtils.asyncFx(window.steps()::next).get(), "the request's step comes");
            assertTrue(++steps < 10, "the request's step comes within ten steps");
            settle(1280, 800);
        }
        settle(1280, 800);
        List<String> sections = WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(window.timeline().messages().stream().noneMatch(m -> m instanceof HandshakeMessage h && !h.request()),
                    "the answer is not on the timeline yet");
            return window.inspector().lookupAll(".hs-section-title").stream().filter(Node::isVisible)
                    .map(n -> ((Label) n).getText()).toList();
        }).get();
        assertEquals(1, sections.size(), sample + ": the handshake view holds " + sections);
    }
}
