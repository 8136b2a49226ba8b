package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Session;

/**
 * W7-10: in live step mode the inspector's heading over the step's message keeps its verdict («✔ нарушений нет»,
 * «✔ no problems») whole on one line, at every step, at 1280×800 and 1920×1080, in Russian and English: on the
 * title's line where both fit, else on a line of its own, never broken over two lines nor cut, and inside the window.
 */
@Timeout(240)
class LiveStepVerdictTest extends OffScreenWindowTest {
    @Test
    void theVerdictStaysWholeOnOneLineAtEveryStep() throws Exception {
        List<String> wrong = new ArrayList<>();
        int verdicts = 0;
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1920, 1080})) {
            for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
                double width = size[0];
                double height = size[1];
                String at = (int) width + "×" + (int) height + " " + language + " ";
                offScreen(() -> new MainWindow(new I18n(language), new Session()), width, height);
                WaitForAsyncUtils.asyncFx(() -> window.zoom().setBase(WindowSize.forScreen(width, height).fontPx())).get();
                LiveSession live = window.liveSlots().live();
                WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
                WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.LIVE_STEPPER)).get();
                settle(width, height);
                LiveStepper stepper = window.liveSlots().stepPane().stepper();
                while (stepper.canNextProperty().get()) {
                    int before = stepper.cursorProperty().get();
                    WaitForAsyncUtils.asyncFx(stepper::next).get();
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
                    settle(width, height);
                    if (window.inspector().messageProperty().get() != null) {
                        wsinspector.ui.inspect.InspectorWhole.await(window.inspector());
                        settle(width, height);
                        String where = at + "step " + stepper.cursorProperty().get();
                        List<String> found = WaitForAsyncUtils.asyncFx(() -> verdictBroken(where, width)).get();
                        wrong.addAll(found);
                        verdicts++;
                    }
                }
                WaitForAsyncUtils.asyncFx(window::close).get();
                window = null;
            }
        }
        assertTrue(verdicts >= 20, "the steps showed a message with its verdict: " + verdicts);
        assertEquals(List.of(), wrong);
    }

    /** The verdict label over the shown message: shown, its whole text on one line, inside the window. */
    private List<String> verdictBroken(String where, double width) {
        Label verdict = (Label) window.inspector().lookup(".inspector-problem-count");
        if (verdict == null || !verdict.isVisible() || verdict.getText().isBlank()) {
            return List.of(where + ": no verdict over the step's message");
        }
        Text shown = (Text) verdict.lookup(".text");
        Text whole = new Text(verdict.getText());
        whole.setFont(verdict.getFont());
        double line = whole.getLayoutBounds().getHeight();
        Bounds b = verdict.localToScene(verdict.getLayoutBounds());
        List<String> found = new ArrayList<>();
        if (shown == null || !verdict.getText().equals(shown.getText())) {
            found.add(where + ": the verdict «" + verdict.getText() + "» shows as «" + (shown == null ? "" : shown.getText()) + "»");
        } else if (shown.getLayoutBounds().getHeight() > line * 1.5) {
            found.add(where + ": the verdict «" + verdict.getText() + "» takes " + Math.round(shown.getLayoutBounds().getHeight())
                    + " px, more than one line of " + Math.round(line));
        }
        if (b.getMinX() < -1 || b.getMaxX() > width + 1) {
            found.add(where + ": the verdict spans x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()));
        }
        return found;
    }
}
