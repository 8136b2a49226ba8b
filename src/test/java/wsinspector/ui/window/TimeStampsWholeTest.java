package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * A capture's times in the timeline show whole where the timeline is narrow: in step mode (F5, beside the step's
 * lesson) and in projector mode's step mode (F11) at 1280×800, in Russian and English, each time whole («0.…» was all
 * that showed of «0.172 с») and clear of its arrow's label.
 */
@Timeout(120)
class TimeStampsWholeTest extends OffScreenWindowTest {
    @ParameterizedTest
    @CsvSource({"ru, false", "en, false", "ru, true"})
    void theTimesShowWholeBesideTheStepsLesson(String language, boolean projector) throws Exception {
        double width = 1280;
        double height = 800;
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        WindowFixture.open(window, Path.of("samples", "jdk-client.pcapng"));
        WaitForAsyncUtils.asyncFx(() -> {
            window.modes().projectorProperty().set(projector);
            window.modes().start(Activity.STEPS);
        }).get();
        List<String> problems = new ArrayList<>();
        int seen = 0;
        for (int step = 0; step < 4; step++) {
            settle(width, height);
            String at = language + (projector ? " F11" : "") + " F5 step " + step + ": ";
            List<Label> times = WaitForAsyncUtils.asyncFx(() -> shownTimes()).get();
            seen += times.size();
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> look(at, times, width, height)).get());
            if (step == 3) {   // to look at: target/screenshots/time-stamps-*.png
                Snapshots.write(WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get(),
                        Path.of("target", "screenshots", "time-stamps-" + language + (projector ? "-f11" : "") + ".png"));
            }
            WaitForAsyncUtils.asyncFx(window.steps()::next).get();
        }
        assertEquals(List.of(), problems);
        assertTrue(seen > 0, "times shown in the timeline");
    }

    private List<Label> shownTimes() {
        List<Label> out = new ArrayList<>();
        for (Node n : window.timeline().list().lookupAll(".arrow-time")) {
            if (n instanceof Label l && l.isVisible() && l.getParent() != null && l.getParent().isVisible()
                    && InSight.outside(l.getParent(), 1280, 800) == null) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> look(String at, List<Label> times, double width, double height) {
        List<String> found = new ArrayList<>();
        for (Label time : times) {
            Text shown = (Text) time.lookup(".text");
            if (shown == null || !shown.getText().equals(time.getText())) {
                found.add(at + "the time \"" + time.getText() + "\" shows as \"" + (shown == null ? "" : shown.getText()) + "\"");
            }
            String where = InSight.outside(time, width, height);
            if (where != null) {
                found.add(at + "the time \"" + time.getText() + "\" is " + where);
            }
            Node label = time.getParent().lookup(".arrow-label");
            Bounds t = time.getBoundsInParent();
            Bounds l = label.getBoundsInParent();
            if (label.isVisible() && t.getMaxX() > l.getMinX() + 1 && t.getMinX() < l.getMaxX() - 1
                    && t.getMaxY() > l.getMinY() + 1 && t.getMinY() < l.getMaxY() - 1) {
                found.add(at + "the time \"" + time.getText() + "\" over the label \"" + ((Label) label).getText() + "\"");
            }
        }
        return found;
    }
}
