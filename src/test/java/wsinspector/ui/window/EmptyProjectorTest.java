package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * F11 over the empty window, in both languages at 1280×800 and 1920×1080: what the empty timeline says to begin
 * («Здесь пока пусто. Откройте запись (Ctrl+O), перетащите файл дампа на окно или подключите клиента.») and the lesson's
 * button show whole. At 1280×800 in Russian the words were cut «…или ...»: the timeline had three rows' height. The
 * timeline has the height: the inspector, with no message to show, gave its «select a message» the lower half.
 */
@Timeout(60)
class EmptyProjectorTest extends OffScreenWindowTest {
    @ParameterizedTest
    @CsvSource({"1280, 800, ru", "1280, 800, en", "1920, 1080, ru", "1920, 1080, en"})
    void theEmptyTimelineSaysHowToBeginWhole(double width, double height, String language) throws Exception {
        Locale locale = language.equals("ru") ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().set(true)).get();
        settle(width, height);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new java.util.ArrayList<>(LayoutProblems.in(window.root()));
            javafx.scene.Node button = window.root().lookup("#lesson-start-notes");
            String where = button == null ? "not there" : InSight.outside(button, width, height);
            if (where != null) {
                found.add("the lesson's button is " + where);
            }
            // with no message the inspector has nothing to show: its «select a message» had the lower half
            javafx.scene.Node timeline = window.timeline();
            double shown = timeline.localToScene(timeline.getLayoutBounds()).getMaxY();
            javafx.geometry.Bounds inspector = window.inspector().localToScene(window.inspector().getLayoutBounds());
            if (window.inspector().getScene() != null && inspector.getHeight() > 1 && inspector.getMinY() < height - 1) {
                found.add(String.format("the inspector, with no message, takes %.0f-%.0f px", inspector.getMinY(),
                        inspector.getMaxY()));
            }
            if (shown < height * 0.9) {
                found.add(String.format("the timeline ends at %.0f px of %.0f", shown, height));
            }
            return found;
        }).get();
        assertEquals(List.of(), problems, (int) width + "×" + (int) height + " " + language + " F11");
    }
}
