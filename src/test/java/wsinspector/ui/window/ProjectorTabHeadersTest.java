package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * Projector mode (F11) on a capture's masked text frame, the message with the most tabs («Биты заголовка»,
 * «Маскирование», «Данные», «Старый формат (конспект)»): every tab header shows whole within the header row, none cut
 * with «…» nor hidden behind the overflow arrow (W7-7: «Старый формат (конспек» at 1280×800).
 */
@Timeout(90)
class ProjectorTabHeadersTest extends OffScreenWindowTest {

    @ParameterizedTest
    @CsvSource({"1280, 800, ru", "1280, 800, en", "1920, 1080, ru"})
    void aFramesTabHeadersShowWholeInProjectorMode(double width, double height, String language) throws Exception {
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        WindowFixture.open(window, Path.of("samples", "jdk-client.pcapng"));
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> {
            window.modes().projectorProperty().set(true);
            Message text = window.timeline().messages().stream()
                    .filter(m -> m instanceof FrameMessage f && f.frame().header() != null
                            && f.frame().header().opcode() == 1 && f.frame().header().masked())
                    .findFirst().orElseThrow();
            window.timeline().selectedProperty().set(text);
        }).get();
        settle(width, height);
        String at = (int) width + "×" + (int) height + " " + language + " F11: ";
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
            Node area = tabs.lookup(".tab-header-area");
            Bounds row = area.localToScene(area.getLayoutBounds());
            int seen = 0;
            for (Node n : tabs.lookupAll(".tab-label")) {
                Labeled l = (Labeled) n;
                seen++;
                Text shown = (Text) l.lookup(".text");
                if (shown == null || !shown.getText().equals(l.getText())) {
                    found.add(at + "the tab header «" + l.getText() + "» shows as «" + (shown == null ? "" : shown.getText()) + "»");
                }
                Bounds b = l.localToScene(l.getLayoutBounds());
                if (!l.isVisible() || b.getMaxX() > row.getMaxX() + 0.5 || b.getMinX() < row.getMinX() - 0.5) {
                    found.add(at + "the tab header «" + l.getText() + "» at x " + Math.round(b.getMinX()) + ".."
                            + Math.round(b.getMaxX()) + " outside its row " + Math.round(row.getMinX()) + ".."
                            + Math.round(row.getMaxX()));
                }
            }
            if (seen < 4) {
                found.add(at + "only " + seen + " tabs");
            }
            return found;
        }).get();
        assertEquals(List.of(), problems);
    }
}
