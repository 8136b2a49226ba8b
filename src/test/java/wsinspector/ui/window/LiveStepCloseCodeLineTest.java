package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Session;

/**
 * Live step mode in projector mode, the close steps (8: the client's close frame, 9: the server's): the close code's
 * value («1000 — Нормальное закрытие») stands on one line, its name over it. Beside the timeline in projector type at
 * 1920×1080 «В шестнадцатеричном виде» took 600 px of the view and the value wrapped over three lines in the 420 px
 * left (at 1280×800 too). The normal window keeps the grid (LiveStepFitsTest).
 */
class LiveStepCloseCodeLineTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1920, 1080, ru", "1920, 1080, en", "1280, 800, ru"})
    @Timeout(90)
    void theCloseCodeStandsOnOneLine(double w, double h, String language) throws Exception {
        width = w;
        height = h;
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        LiveStepFixture.enterInProjector(window);
        settle(width, height);
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        List<String> problems = new ArrayList<>();
        int looked = 0;
        while (stepper.canNextProperty().get()) {
            int before = stepper.cursorProperty().get();
            WaitForAsyncUtils.asyncFx(stepper::next).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
            int step = before + 2;
            settle(width, height);   // each step lays the window out, as the class sees it
            if (step != 8 && step != 9) {
                continue;
            }
            String at = (int) width + "×" + (int) height + " " + language + " step " + step;
            List<String> found = List.of();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            do {
                settle(width, height);
                found = WaitForAsyncUtils.asyncFx(() -> closeCodeLines(at)).get();
            } while (!found.isEmpty() && System.nanoTime() < until);
            problems.addAll(found);
            looked++;
        }
        assertEquals(2, looked, "both close steps looked at");
        assertEquals(List.of(), problems);
    }

    /** Where the close code's value is not drawn, or not on one line, or cut. */
    private List<String> closeCodeLines(String at) {
        List<Label> values = new ArrayList<>();
        if (!(window.inspector().lookup(".inspector-tabs") instanceof javafx.scene.control.TabPane tabs)
                || tabs.getSelectionModel().getSelectedItem() == null
                || !(tabs.getSelectionModel().getSelectedItem().getContent() instanceof javafx.scene.Parent view)) {
            return List.of(at + ": no tab in front");
        }
        for (Node n : view.lookupAll(".payload-text")) {
            if (n instanceof Label l && l.getText().startsWith("1000") && drawn(l)) {
                values.add(l);
            }
        }
        if (values.size() != 1) {
            return List.of(at + ": close code values drawn: " + values.size());
        }
        Label value = values.get(0);
        double px = value.getFont().getSize();
        List<String> out = new ArrayList<>();
        if (value.getHeight() > 1.8 * px) {
            out.add(String.format("%s: «%s» is %.0f px high in %.0f px type (more than one line)", at, value.getText(),
                    value.getHeight(), px));
        }
        String shown = InSight.outside(value, width, height);
        if (shown != null) {
            out.add(at + ": «" + value.getText() + "» is " + shown);
        }
        if (value.lookup(".text") instanceof javafx.scene.text.Text text && !text.getText().equals(value.getText())) {
            out.add(at + ": «" + value.getText() + "» is cut to «" + text.getText() + "»");
        }
        assertTrue(px > 0);
        return out;
    }

    /** Whether the node and every pane around it are shown. */
    private static boolean drawn(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }
}
