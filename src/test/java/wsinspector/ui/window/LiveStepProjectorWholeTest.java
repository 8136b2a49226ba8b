package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.live.StepPane;
import wsinspector.ui.session.Session;

/**
 * Live step mode (Shift+F5) in projector mode (F11), as step mode (F5) has it there: the stepper's card across the
 * window's width, its counter and buttons in one row, its lesson in the projector's type (≥ 24 px at 1280×800); the
 * inspector under it with the view the step talks about (the accept computation, the XOR table, the header's bits,
 * the close frame's data) whole; the timeline beside that view with the step's arrow whole inside the window. The card
 * stood at the left of the timeline with the accept computation under its fold, no inspector; a first attempt at this
 * arrangement left the step's arrow 20 px under the window's foot at 1280×800 in Russian, step 8. One size and
 * language a case: a walk takes a few seconds a step under load.
 */
class LiveStepProjectorWholeTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1280, 800, ru", "1280, 800, en", "1920, 1080, ru", "1920, 1080, en"})
    @Timeout(90)
    void everyLiveStepShowsItsViewWholeBesideItsArrow(double w, double h, String language) throws Exception {
        width = w;
        height = h;
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        LiveStepFixture.enterInProjector(window);
        settle();
        StepPane pane = window.liveSlots().stepPane();
        LiveStepper stepper = pane.stepper();
        List<String> problems = new ArrayList<>();
        int views = 0;
        while (stepper.canNextProperty().get()) {
            int before = stepper.cursorProperty().get();
            WaitForAsyncUtils.asyncFx(stepper::next).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
            String at = (int) width + "×" + (int) height + " " + language + " step " + (before + 2);
            problems.addAll(settled(pane, at));
            views += WaitForAsyncUtils.asyncFx(() -> named(stepper)).get() == null ? 0 : 1;
        }
        assertTrue(stepper.cursorProperty().get() >= 7, "the whole plan was stepped: " + stepper.cursorProperty().get());
        assertTrue(views >= 6, "steps that name a view: " + views);
        assertEquals(List.of(), problems);
    }

    /**
     * What is wrong once the window has settled on a step: a message the inspector shows for the first time comes in
     * parts, one FX task each, and is fitted after the last; what is still wrong after a few seconds is reported.
     */
    private List<String> settled(StepPane pane, String at) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> found;
        do {
            settle();
            found = WaitForAsyncUtils.asyncFx(() -> look(pane, named(pane.stepper()), at)).get();
        } while (!found.isEmpty() && System.nanoTime() < until);
        return found;
    }

    private List<String> look(StepPane pane, StepTab named, String at) {
        List<String> out = new ArrayList<>();
        if (!window.modes().layout().stepperCard()) {
            return List.of(at + ": the card is not over the inspector: " + window.modes().layout());
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) pane.getCenter();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        if (content > scroll.getViewportBounds().getHeight() + 1) {
            out.add(at + ": the card scrolls, " + Math.round(content) + " px in " + Math.round(scroll.getViewportBounds().getHeight()));
        }
        String row = InSight.outside(pane.lookup("#step-next"), width, height);
        if (row != null || !pane.lookup("#step-counter").isVisible()) {
            out.add(at + ": the counter and Next are not in view: " + row);
        } else if (Math.abs(pane.lookup("#step-next").localToScene(0, 0).getY()
                - pane.lookup("#step-counter").localToScene(0, 0).getY()) > pane.lookup("#step-next").getLayoutBounds().getHeight()) {
            out.add(at + ": the counter and Next are not in one row");
        }
        if (width == 1280) {
            for (Node text : pane.lookupAll(".live-step-text")) {
                double px = typeOf(text);
                if (text.isVisible() && px < 24) {
                    out.add(at + ": the lesson's type is " + px + " px, under 24");
                }
            }
        }
        if (StepTab.LINES.equals(named)) {
            out.addAll(linesOutside(at));
        } else if (named != null) {
            out.addAll(InSight.viewOutside(window, named.id(), named.part(), width, height, at));
        }
        Message step = window.session().selected();
        if (step != null) {
            out.addAll(arrowOutside(step, at));
        }
        // nothing cut in the card, nor in the view the step names
        LayoutProblems.in(pane).forEach(p -> out.add(at + ": " + p));
        if (named != null && window.inspector().lookup(".inspector-tabs") instanceof javafx.scene.control.TabPane tabs
                && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() instanceof javafx.scene.Parent view) {
            LayoutProblems.in(view).forEach(p -> out.add(at + ": " + p));
        }
        return out;
    }

    /**
     * Where a line of the handshake's message the step names is not whole. Its lines, not their section's box: at
     * 1280×800 in English the box of the answer's lines ended 2 px under the view's foot, in the last line's bottom
     * padding (0.12 em) and rule, its text whole (the inspector's measure of the lines' height, InspectorFit, is that
     * short; left to its owner).
     */
    private List<String> linesOutside(String at) {
        List<String> out = new ArrayList<>(InSight.viewOutside(window, "handshake", StepTab.LINES_PART, width, height, at)
                .stream().filter(p -> !p.contains(StepTab.LINES_PART + " is at")).toList());
        Node section = window.inspector().lookup("." + StepTab.LINES_PART);
        if (section != null) {
            for (Node line : section.lookupAll(".hs-line")) {
                String shown = InSight.outside(line, width, height);
                if (shown != null) {
                    out.add(at + ": the handshake's line «" + ((javafx.scene.control.Labeled) line).getText() + "» is " + shown);
                }
            }
        }
        return out;
    }

    /** The view the step on screen names, read on the FX thread (the step and its message are set there). */
    private StepTab named(LiveStepper stepper) {
        return StepTabs.forLiveStep(stepper.currentProperty().get(), window.inspector().messageProperty().get());
    }

    /** Where the step's arrow is not whole inside the timeline's view and the window. */
    private List<String> arrowOutside(Message step, String at) {
        ListView<Message> list = window.timeline().list();
        int row = list.getItems().indexOf(step);
        if (row < 0) {
            return List.of(at + ": the step's message is not on the timeline");
        }
        Node cell = list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof ListCell<?> l && l.getIndex() == row && l.isVisible()).findFirst().orElse(null);
        String shown = cell == null || list.getScene() == null ? "not drawn" : InSight.outside(cell, width, height);
        return shown == null ? List.of() : List.of(at + ": the step's arrow (row " + (row + 1) + ") is " + shown);
    }

    /** The size of the texts drawn under a node, the largest (0 when none). */
    private static double typeOf(Node node) {
        if (node instanceof javafx.scene.text.Text t && !t.getText().isBlank()) {
            return t.getFont().getSize();
        }
        double px = 0;
        if (node instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                px = Math.max(px, typeOf(c));
            }
        }
        return px;
    }

    /** Lays the window out by hand until its split panes and its inspector stand still (off screen, no pulse does). */
    private void settle() throws Exception {
        String before = "";
        for (int round = 0; round < 15; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            String now = WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    window.root().resize(width, height);
                    window.root().applyCss();
                    window.root().layout();
                }
                StringBuilder s = new StringBuilder().append(window.inspector().getHeight());
                for (Node n : window.root().lookupAll(".split-pane")) {
                    s.append(java.util.Arrays.toString(((javafx.scene.control.SplitPane) n).getDividerPositions()));
                }
                return s.toString();
            }).get();
            if (round >= 2 && now.equals(before)) {
                return;
            }
            before = now;
        }
    }
}
