package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.lesson.LessonViews;
import wsinspector.ui.session.Session;

/**
 * The guided lesson from the course notes given whole in projector mode (F11), as a lecturer gives it, at 1280×800 and
 * 1920×1080, each step looked at in Russian and in English: the lesson's text and buttons whole in the window and in
 * large type, its text not scrolled, the step's arrow whole in the timeline, the view the step talks about whole (the
 * hex, the payload, the handshake's lines, the masking table), and nothing in the window cut, broken, scrolled sideways
 * or squeezed to no height. One window per size, walked step by step (a window per step would take minutes).
 */
@Timeout(400)
class LessonProjectorTest extends OffScreenWindowTest {
    private double width;
    private double height;
    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void everyStepIsWholeInProjectorMode(double w, double h) throws Exception {
        width = w;
        height = h;
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> {
            window.modes().projectorProperty().set(true);
            window.lesson().start(BuiltInLessons.NOTES);
        }).get();
        LessonRun run = window.lesson().runProperty().get();
        int steps = run.lesson().steps().size();
        int checked = 0;
        for (int i = 0; i < steps; i++) {
            nextLessonStep(window, run, i);
            int step = i + 1;
            checked += lookInBothLanguages(width, height,
                    language -> (int) width + "×" + (int) height + " F11 " + language + " step " + step,
                    at -> check(run.currentProperty().get(), at), problems, "lesson-projector");
        }
        WaitForAsyncUtils.asyncFx(() -> window.lesson().end()).get();
        assertEquals(25, steps, "the notes' lesson");
        assertTrue(checked >= 2 * steps, "steps checked: " + checked);
        assertEquals(List.of(), problems);
    }

    private void check(LessonRun.Shown shown, String at) {
        if (window.fontPx() < 24) {
            problems.add(at + ": not in large type: " + window.fontPx() + " px");
        }
        ScrollPane text = (ScrollPane) window.root().lookup("#lesson-panel .step-scroll");
        if (text.getContent().getLayoutBounds().getHeight() > text.getViewportBounds().getHeight() + 1) {
            problems.add(at + ": the lesson's text scrolls");
        }
        for (String id : List.of("#lesson-counter", "#lesson-next", "#lesson-back", "#lesson-exit", "#lesson-title",
                "#lesson-text")) {
            Node n = window.root().lookup(id);
            String where = n == null ? "not there" : InSight.outside(n, width, height);
            if (where != null) {
                problems.add(at + ": " + id + " is " + where);
            }
        }
        LayoutProblems.in(window.root()).forEach(p -> problems.add(at + ": " + p));
        if (shown.step().pick() == null) {
            return;
        }
        arrowWhole(shown.message(), at);
        StepTab view = LessonViews.of(shown.step());
        if (view != null) {
            problems.addAll(InSight.viewOutside(window, view.id(), view.part(), width, height, at));
        }
    }

    private void arrowWhole(wsinspector.dissect.Message m, String at) {
        javafx.scene.control.ListView<?> list = window.timeline().list();
        int row = list.getItems().indexOf(m);
        Node cell = list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == row && l.isVisible())
                .findFirst().orElse(null);
        String where = row < 0 ? "not in the timeline" : cell == null ? "not drawn" : InSight.outside(cell, width, height);
        if (where != null) {
            problems.add(at + ": the step's arrow (row " + (row + 1) + ") is " + where);
        }
    }
}
