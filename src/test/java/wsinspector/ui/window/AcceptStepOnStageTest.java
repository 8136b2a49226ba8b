package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.NextPulse;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.inspect.StepTab;

/**
 * F5 step mode over the course notes at «Специальный алгоритм» (the accept computation), Russian, 1280×800, on a shown
 * stage whose pulses style and lay it out as on screen (the off-screen tests lay it out by hand, and passed while the
 * screen was wrong): the timeline stands at the left of the computation, its rows 1-6 and «✔ совпадает» with its
 * sentence inside what the class sees, and no handle of the folded lines' divider over it (DV); back at «Ответ» the
 * answer's lines whole, and on again the computation whole. 0723744 (the folded half's divider hidden by a style class)
 * was seen to put the timeline back in the band and the computation under the fold; on today's main it left the
 * answer's lines a sliver over the computation after Back.
 */
@Timeout(180)
class AcceptStepOnStageTest extends WindowTest {
    @Test
    void theComputationShowsWholeBesideTheTimeline() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.STEPS)).get();
        int steps = 0;
        while (!WaitForAsyncUtils.asyncFx(() -> window.steps().lessonKeys()).get().equals(List.of("lesson.accept"))) {
            assertTrue(WaitForAsyncUtils.asyncFx(window.steps()::next).get(), "the accept step comes");
            assertTrue(++steps < 10, "the accept step comes within ten steps");
            settled();
        }
        List<String> wrong = new ArrayList<>(settled());
        // back to «Ответ»: the answer's lines whole (the computation folded away); and on again to the computation
        WaitForAsyncUtils.asyncFx(window.steps()::back).get();
        settled();
        wrong.addAll(WaitForAsyncUtils.asyncFx(() -> InSight.viewOutside(window, StepTab.LINES.id(), StepTab.LINES.part(),
                1280, 800, "back at «Ответ»")).get());
        WaitForAsyncUtils.asyncFx(window.steps()::next).get();
        settled().forEach(w -> wrong.add("on again: " + w));
        assertEquals(List.of(), wrong);
    }

    /** What is wrong once the pulses have stopped changing the screen (or after 60 of them). */
    private List<String> settled() throws Exception {
        String before = null;
        List<String> wrong = List.of();
        for (int pulse = 0; pulse < 60; pulse++) {
            NextPulse.await(window.root().getScene());
            WaitForAsyncUtils.waitForFxEvents();
            String now = WaitForAsyncUtils.asyncFx(this::shape).get();
            wrong = WaitForAsyncUtils.asyncFx(this::wrong).get();
            if (pulse >= 3 && now.equals(before)) {
                break;
            }
            before = now;
        }
        return wrong;
    }

    /** Where the parts stand: a change from one pulse to the next means the window is still settling. */
    private String shape() {
        StringBuilder s = new StringBuilder();
        for (Node n : window.root().lookupAll(".split-pane")) {
            s.append(java.util.Arrays.toString(((javafx.scene.control.SplitPane) n).getDividerPositions()));
        }
        return s.append(window.timeline().localToScene(window.timeline().getLayoutBounds())).toString();
    }

    private List<String> wrong() {
        List<String> out = new ArrayList<>();
        boolean beside = false;
        for (Parent p = window.timeline().getParent(); p != null; p = p.getParent()) {
            beside |= p == window.inspector();
        }
        if (!beside) {
            out.add("the timeline is not at the left of the computation");
        }
        List<Node> rows = new ArrayList<>(window.inspector().lookupAll(".proof-row"));
        if (rows.size() < 6) {
            out.add("the computation has " + rows.size() + " rows");
        }
        for (int i = 0; i < rows.size(); i++) {
            String where = InSight.outside(rows.get(i), 1280, 800);
            if (where != null) {
                out.add("the computation's row " + (i + 1) + " is " + where);
            }
        }
        for (String style : new String[] {".proof-equal", ".proof-why"}) {
            Node n = window.inspector().lookup(style);
            String where = n == null ? "missing" : InSight.outside(n, 1280, 800);
            if (where != null) {
                out.add(style + " (✔ совпадает) is " + where);
            }
        }
        for (Node n : window.inspector().lookupAll(".split-pane")) {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) n;
            boolean halfFolded = split.isVisible() && split.getItems().stream().anyMatch(item -> !item.isVisible());
            boolean handle = split.getChildrenUnmodifiable().stream()
                    .anyMatch(d -> d.getStyleClass().contains("split-pane-divider") && d.isVisible());
            if (halfFolded && handle) {
                out.add("a divider's handle stands over the computation, its other half folded away");
            }
        }
        return out;
    }
}
