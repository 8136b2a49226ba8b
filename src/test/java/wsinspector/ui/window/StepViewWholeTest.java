package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step mode (F5) over the course notes at 1280×800 and 1920×1080, in Russian and English: where a step talks about
 * one of the inspector's views (the accept computation, the masking table, the header's bits) that view is in front
 * and its part shows whole in the window, nothing of it under the fold of a scroll pane, while the step's lesson
 * stays whole too. At 1280×800 the accept computation showed one row and the bits their first line. And the timeline
 * keeps the step's arrow and the one before it whole in view: once those views showed whole, at 1280×800 the timeline
 * stepped aside for them and the class no longer saw which arrow was discussed. The close steps show the close
 * frame's data (code 1000, its bytes 03 e8), which their text names: they showed the header's bits only.
 */
class StepViewWholeTest extends OffScreenWindowTest {
    /** The view each lesson of the notes talks about, and the style class of the part that must show whole. */
    private static final Map<String, String[]> VIEWS = Map.of(
            "lesson.accept", new String[] {"handshake", "proof"},
            "lesson.masking", new String[] {"masking", "tab-body"},
            "lesson.frames", new String[] {"bits", "tab-body"},
            "lesson.close", new String[] {"payload", "tab-body"},
            "lesson.pingpong", new String[] {"bits", "tab-body"});
    private double width;
    private double height;

    /**
     * One size, with or without projector mode, each its own case: the four walks in one test took over its five
     * minutes under the load of a full build.
     */
    @ParameterizedTest(name = "{0}×{1} F11 {2}")
    @CsvSource({"1280, 800, false", "1280, 800, true", "1920, 1080, false", "1920, 1080, true"})
    @Timeout(300)
    void theViewAStepTalksAboutShowsWhole(double w, double h, boolean projector) throws Exception {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        width = w;
        height = h;
        walkTheNotesSteps(width, height, projector, (language, keys, at) -> {
            String[] view = keys.isEmpty() ? null : VIEWS.get(keys.get(0));
            if (view == null) {
                return true;
            }
            checked[0]++;
            if (window.inspector().getScene() == null) {
                problems.add(at + ": the inspector is not on screen");
                return true;
            }
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> InSight.viewOutside(window, view[0], view[1], width, height, at)).get());
            if (projector) {
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> typeReadable(view, at)).get());
            }
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> InSight.arrowsOutside(window, width, height, at)).get());
            if (WaitForAsyncUtils.asyncFx(window.stepPanel()::lessonScrolls).get()) {
                problems.add(at + ": the step's lesson scrolls");
            }
            return true;
        });
        assertTrue(checked[0] >= 6, "steps that name a view, checked: " + checked[0]);
        assertEquals(List.of(), problems);
    }

    /**
     * In projector mode, the type a student in the back row reads: the view's text (the median of its texts' sizes) at
     * least two thirds of the projector's type (16 px at 1280×800: the first attempt fitted it down to 11), the
     * timeline's arrows beside it the same, and the lesson's text in the projector's type.
     */
    private List<String> typeReadable(String[] view, String at) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) window.inspector().lookup(".inspector-tabs");
        Node part = tabs.getSelectionModel().getSelectedItem().getContent().lookup("." + view[1]);
        double least = Math.round(window.fontPx() * 2.0 / 3);
        List<String> out = new ArrayList<>();
        double viewPx = medianType(part);
        if (viewPx < least) {
            out.add(at + ": the view's type is " + viewPx + " px, under " + least);
        }
        double arrows = medianType(window.timeline().list());
        if (arrows < least) {
            out.add(at + ": the timeline's type is " + arrows + " px, under " + least);
        }
        double lesson = window.stepPanel().lookupAll(".step-text").stream().mapToDouble(StepViewWholeTest::medianType)
                .max().orElse(0);
        if (lesson < window.fontPx()) {
            out.add(at + ": the lesson's type is " + lesson + " px, under " + window.fontPx());
        }
        System.out.println(at + ": view " + viewPx + " px, arrows " + arrows + " px, lesson " + lesson + " px");
        return out;
    }

    /** The median size of the texts drawn under a node (0 when none). */
    private static double medianType(Node node) {
        List<Double> sizes = new ArrayList<>();
        collect(node, sizes);
        if (sizes.isEmpty()) {
            return 0;
        }
        sizes.sort(Double::compare);
        return sizes.get(sizes.size() / 2);
    }

    private static void collect(Node node, List<Double> sizes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.text.Text t && !t.getText().isBlank()) {
            sizes.add(t.getFont().getSize());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sizes));
        }
    }
}
