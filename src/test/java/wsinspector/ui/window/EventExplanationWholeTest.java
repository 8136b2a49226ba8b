package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * samples/protocol-error.pcapng at 1280×800 in Russian, its last message (the client's TCP FIN): the explanation under
 * the hex and the tree shows whole, nothing of it scrolls sideways. Its headline «TCP-соединение  FIN: этой стороне
 * больше нечего отправить  Вычислено из других значений…» stood in one row wider than the window, so the panel
 * scrolled sideways and cut its text at the right edge.
 */
@Timeout(120)
class EventExplanationWholeTest extends OffScreenWindowTest {
    @Test
    void theLastEventsExplanationDoesNotScrollSideways() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), 1280, 800);
        WindowFixture.open(window, Path.of("samples", "protocol-error.pcapng"));
        WaitForAsyncUtils.asyncFx(() -> {
            List<Message> shown = window.timeline().messages();
            window.session().select(shown.get(shown.size() - 1));
        }).get();
        settle(1280, 800);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.inspector()).stream()
                .filter(p -> p.contains("detail")).toList()).get();
        assertEquals(List.of(), problems);
    }
}
