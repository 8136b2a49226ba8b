package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * Step mode over a capture, in projector mode and in the normal window, at 1280×800 and 1920×1080, in
 * Russian and English: every step's lesson is whole on screen without scrolling, the step's message
 * is in view in the timeline, and nothing in the window is cut (sideways or upright: the inspector under
 * the lesson keeps its explanation and its tabs); the same for the capture without step mode.
 */
@Timeout(400)
class StepFitsTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @Test
    void everyLessonFitsItsPlaceAtBothSizesInBothLanguages() throws Exception {
        List<String> scrolled = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1920, 1080})) {
            width = size[0];
            height = size[1];
            offScreen(() -> new MainWindow(new I18n(I18n.ENGLISH), new wsinspector.ui.session.Session(), true), width, height);
            WindowFixture.open(window, SampleDumps.COURSE_NOTES);
            for (boolean projector : List.of(true, false)) {
                for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
                    WaitForAsyncUtils.asyncFx(() -> {
                        window.i18n().localeProperty().set(language);
                        window.modes().projectorProperty().set(projector);
                        window.modes().start(Activity.STEPS);
                    }).get();
                    String where = (int) width + "×" + (int) height + (projector ? " projector " : " ") + language;
                    int step = 0;
                    do {
                        settle(width, height);
                        String at = where + ", step " + window.steps().counter() + " page " + window.steps().pageProperty().get();
                        if (WaitForAsyncUtils.asyncFx(window.stepPanel()::lessonScrolls).get()) {
                            scrolled.add(at);
                        }
                        WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.root())).get().forEach(p -> cut.add(at + ": " + p));
                        if (window.session().selected() != null) {
                            assertTrue(WaitForAsyncUtils.asyncFx(() -> inView(window.session().selected())).get(),
                                    at + ": the step's message is in view");
                        }
                        step++;
                    } while (WaitForAsyncUtils.asyncFx(window.steps()::next).get());
                    assertTrue(step >= 9, where + ": every message and page was shown, " + step);
                    if (projector) {
                        assertTrue(window.fontPx() >= 24, where + ": large type");
                    }
                    WaitForAsyncUtils.asyncFx(() -> window.modes().end(Activity.STEPS)).get();
                    settle(width, height);
                    WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.root())).get()
                            .forEach(p -> cut.add(where + ", the capture: " + p));
                }
            }
            WaitForAsyncUtils.asyncFx(window::close).get();
            window = null;
        }
        assertEquals(List.of(), scrolled, "lessons that need scrolling");
        assertEquals(List.of(), cut, "cut in the window");
    }

    /** Whether the message's arrow is wholly inside the timeline's list (not scrolled out). */
    private boolean inView(wsinspector.dissect.Message m) {
        javafx.scene.control.ListView<?> list = window.timeline().list();
        javafx.geometry.Bounds shown = list.localToScene(list.getLayoutBounds());
        for (javafx.scene.Node n : list.lookupAll(".arrow-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == m && c.isVisible()) {
                javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                return b.getMinY() >= shown.getMinY() - 1 && b.getMaxY() <= shown.getMaxY() + 1;
            }
        }
        return false;
    }
}
