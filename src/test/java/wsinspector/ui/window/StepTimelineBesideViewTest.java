package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step mode (F5, not projector mode) over the course notes at 1280×800 and 1920×1080, in Russian and English: at
 * every step with a message the timeline stands under the lesson, beside the step's view, with the step's arrow and
 * the one before it whole in view; at the opening step (nothing sent) the lesson's panel has no more height than its
 * lesson and controls ask, the timeline the rest. On the old code the request step had no timeline at 1920×1080
 * (W10-2), the masking step neither (W9-4), and the opening step left some 565 px of the lesson's panel empty under
 * its text at 1280×800 (S4).
 */
class StepTimelineBesideViewTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1920, 1080"})
    @Timeout(300)
    void theTimelineStandsBesideTheViewAtEveryStep(double w, double h) throws Exception {
        width = w;
        height = h;
        List<String> problems = new ArrayList<>();
        int[] steps = {0};
        walkTheNotesSteps(width, height, (language, keys, at) -> {
            steps[0]++;
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> look(at)).get());
            return true;
        });
        assertTrue(steps[0] >= 18, "steps walked: " + steps[0]);
        assertEquals(List.of(), problems);
    }

    private List<String> look(String at) {
        List<String> out = new ArrayList<>();
        Node timeline = window.timeline().list();
        Bounds lesson = window.stepPanel().localToScene(window.stepPanel().getLayoutBounds());
        String shown = timeline.getScene() == null ? "not on screen" : InSight.outside(timeline, width, height);
        if (shown != null) {
            out.add(at + ": the timeline is " + shown);
            return out;
        }
        Bounds list = timeline.localToScene(timeline.getLayoutBounds());
        if (list.getMinY() < lesson.getMaxY() - 1) {
            out.add(String.format("%s: the timeline (from y %.0f) is not under the lesson (to y %.0f)", at,
                    list.getMinY(), lesson.getMaxY()));
        }
        if (window.steps().currentProperty().get() == null) {
            // the opening: the lesson's panel its own height, no empty band under its text
            double wanted = window.stepPanel().wantedHeight(lesson.getWidth());
            double empty = lesson.getHeight() - wanted;
            if (empty > 3 * window.fontPx()) {
                out.add(String.format("%s: the lesson's panel is %.0f px high for %.0f px of lesson", at,
                        lesson.getHeight(), wanted));
            }
            return out;
        }
        Node parts = window.inspector().lookup(".inspector-tabs");
        if (parts == null || parts.getScene() == null) {
            out.add(at + ": the inspector shows no views");
        } else {
            Bounds view = parts.localToScene(parts.getLayoutBounds());
            if (list.getMaxX() > view.getMinX() + 1 || list.getMaxY() < view.getMinY()) {
                out.add(String.format("%s: the timeline (x %.0f-%.0f) is not beside the views (x %.0f-%.0f)", at,
                        list.getMinX(), list.getMaxX(), view.getMinX(), view.getMaxX()));
            }
        }
        out.addAll(InSight.arrowsOutside(window, width, height, at));
        return out;
    }
}
