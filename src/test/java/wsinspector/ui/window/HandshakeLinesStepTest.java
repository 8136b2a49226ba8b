package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.inspect.StepTab;

/**
 * Step mode (F5) over the course notes, the steps «Запрос» and «Ответ», at 1280×800 and 1920×1080, in Russian and in
 * English: the step names every header of the message (Host, Origin, Connection, Upgrade, the key, the version; the
 * answer's Upgrade, Connection, Accept), so the handshake's view is in front and every line of the message shown stands
 * whole inside the window, none cut or scrolled sideways, while the step's arrow and its lesson stay whole. The
 * inspector gave the lines one row (the GET line) under five rows of hex, the tree and the explanation.
 */
@Timeout(300)
class HandshakeLinesStepTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theRequestsAndTheAnswersLinesShowWhole(double w, double h) throws Exception {
        width = w;
        height = h;
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        walkTheNotesSteps(width, height, (language, keys, at) -> {
            if (!keys.equals(List.of("lesson.request")) && !keys.equals(List.of("lesson.response"))) {
                return true;
            }
            checked[0]++;
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> linesOutside(at)).get());
            if (WaitForAsyncUtils.asyncFx(window.stepPanel()::lessonScrolls).get()) {
                problems.add(at + ": the step's lesson scrolls");
            }
            if (!problems.isEmpty()) {
                java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(
                        () -> Snapshots.render(window.root().getScene())).get();
                Snapshots.write(image, java.nio.file.Path.of("target", "handshake-lines", at.replace(' ', '-') + ".png"));
            }
            return checked[0] < 4;
        });
        assertEquals(4, checked[0], "the request's and the answer's steps in both languages");
        assertEquals(List.of(), problems);
    }

    /** The lines of the message shown, every one whole in the window; none cut, none broken, nothing sideways. */
    private List<String> linesOutside(String at) {
        List<String> out = new ArrayList<>(InSight.viewOutside(window, StepTab.LINES.id(), StepTab.LINES.part(), width,
                height, at));
        Node part = window.inspector().lookup("." + StepTab.LINES.part());
        if (part instanceof Parent p) {
            int lines = p.lookupAll(".hs-line").size();
            if (lines < 4) {
                out.add(at + ": only " + lines + " lines in the view");
            }
            for (String cut : LayoutProblems.in(p)) {
                out.add(at + ": " + cut);
            }
            Parent scroll = p.getParent();
            while (scroll != null && !(scroll instanceof javafx.scene.control.ScrollPane)) {
                scroll = scroll.getParent();
            }
            if (scroll != null) {
                for (String cut : LayoutProblems.in(scroll)) {
                    if (cut.startsWith("scrolls sideways")) {
                        out.add(at + ": " + cut);
                    }
                }
            }
        }
        out.addAll(arrowOutside(at));
        return out;
    }

    /** The step's arrow whole in the timeline: the class sees which message the lines are. */
    private List<String> arrowOutside(String at) {
        javafx.scene.control.ListView<?> list = window.timeline().list();
        int row = list.getItems().indexOf(window.steps().currentProperty().get());
        Node cell = list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == row && l.isVisible())
                .findFirst().orElse(null);
        String where = row < 0 ? "not in the timeline" : cell == null || cell.getScene() == null ? "not drawn" : InSight.outside(cell, width, height);
        return where == null ? List.of() : List.of(at + ": the step's arrow is " + where);
    }
}
