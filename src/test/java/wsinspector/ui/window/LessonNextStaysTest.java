package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.session.Session;

/**
 * The guided lesson's «Далее» stays under the lecturer's mouse from one step to the next: where the button was
 * clicked, the next step's button is. At the step whose view moves the timeline beside it (RU step 7, the key; EN step
 * 3) the lesson took the band's width and its row of buttons went to the window's left edge: «Далее» jumped from
 * x≈708 to x≈243 and the next click fell into the lesson's text (W9-6). The opening, which shows the live panes (W7-4),
 * had the lesson under them: «Далее» went from y 511 to y 69 at the first Next.
 */
@Timeout(400)
class LessonNextStaysTest extends OffScreenWindowTest {
    /** The steps walked: past the first move of the timeline beside the view in both languages. */
    private static final int STEPS = 11;

    @ParameterizedTest
    @CsvSource({"1280, 800, ru", "1280, 800, en", "1920, 1080, ru"})
    void nextStaysUnderTheMouse(double width, double height, String language) throws Exception {
        Locale locale = language.equals("ru") ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> window.lesson().start(BuiltInLessons.NOTES)).get();
        LessonRun run = window.lesson().runProperty().get();
        List<String> jumps = new ArrayList<>();
        Bounds before = null;
        int looked = 0;
        for (int i = 0; i < STEPS; i++) {
            nextLessonStep(window, run, i);
            settle(width, height);
            Bounds now = WaitForAsyncUtils.asyncFx(() -> {
                Node next = window.root().lookup("#lesson-next");
                return next.localToScene(next.getLayoutBounds());
            }).get();
            // from the opening on: it shows the client and the server with the lesson between them, where the lesson
            // stands beside the timeline from the first message on (W9-6 rest: the opening's «Далее» was at y 511,
            // under the panes, the next step's at y 69)
            if (before != null && !now.contains(before.getCenterX(), before.getCenterY())) {
                jumps.add((int) width + "×" + (int) height + " " + language + " step " + (i + 1) + ": «Далее» at x "
                        + Math.round(now.getMinX()) + "–" + Math.round(now.getMaxX()) + ", y " + Math.round(now.getMinY())
                        + ", was clicked at " + Math.round(before.getCenterX()) + ", " + Math.round(before.getCenterY()));
            }
            before = now;
            looked++;
        }
        assertEquals(STEPS, looked);
        assertTrue(jumps.isEmpty(), String.join("\n", jumps));
    }
}
