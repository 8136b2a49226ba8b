package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.Verdicts;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.lesson.LessonStep;
import wsinspector.ui.lesson.LessonViews;
import wsinspector.ui.session.Session;

/**
 * Both guided lessons given in one window at 1280×800 and at 1920×1080, each step looked at in Russian and in English
 * as the class sees it: the step's arrow whole in the timeline (the accept and the old-framing steps lost the
 * timeline altogether), the part of the view the step talks about whole (the old framing's reasons were cut), no empty
 * band where a part was folded away, the row of the accept computation the step discusses marked (and no other), the
 * broken rule of a step about a broken frame in words on screen (the invalid UTF-8 step showed the data alone), the
 * lesson's text whole; and a lesson's first step, which points at no message, shows none (the errors lesson showed
 * the notes' last frame under "Before we start").
 */
@Timeout(400)
class LessonStepViewsTest extends OffScreenWindowTest {
    private double width;
    private double height;
    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void everyStepShowsWhatItTalksAbout(double w, double h) throws Exception {
        width = w;
        height = h;
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        settle(width, height);
        int checked = 0;
        for (BuiltInLessons which : List.of(BuiltInLessons.NOTES, BuiltInLessons.ERRORS)) {
            WaitForAsyncUtils.asyncFx(() -> window.lesson().start(which)).get();
            LessonRun run = window.lesson().runProperty().get();
            for (int i = 0; i < run.lesson().steps().size(); i++) {
                nextLessonStep(window, run, i);
                int step = i + 1;
                checked += lookInBothLanguages(width, height,
                        language -> (int) width + "×" + (int) height + " " + language + " " + which + " step " + step,
                        at -> check(run.currentProperty().get(), at), problems, "lesson-steps");
            }
            WaitForAsyncUtils.asyncFx(() -> window.lesson().end()).get();
        }
        assertTrue(checked >= 2 * 38, "steps checked: " + checked);
        assertEquals(List.of(), problems);
    }

    private void check(LessonRun.Shown shown, String at) {
        LessonStep step = shown.step();
        ScrollPane text = (ScrollPane) window.root().lookup("#lesson-panel .step-scroll");
        if (text.getContent().getLayoutBounds().getHeight() > text.getViewportBounds().getHeight() + 1) {
            problems.add(at + ": the lesson's text scrolls");
        }
        Message m = shown.message();
        if (step.pick() == null) {
            if (window.inspector().messageProperty().get() != null) {
                problems.add(at + ": points at no message, yet the inspector shows one from before");
            }
            return;
        }
        arrowWhole(m, at);
        StepTab view = LessonViews.of(step);
        if (view != null) {
            partWhole(view, at);
        }
        noEmptyBand(at);
        if (step.field() != null && (step.field().startsWith("accept.") || step.field().equals("header.Sec-WebSocket-Accept"))) {
            markedRow(step.field(), at);
        }
        for (Problem p : m.problems()) {
            if (!p.severity().isRemark()) {
                verdictInWords(Verdicts.marked(window.i18n(), p), at);
            }
        }
    }

    private void arrowWhole(Message m, String at) {
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

    private void partWhole(StepTab view, String at) {
        problems.addAll(InSight.viewOutside(window, view.id(), view.part(), width, height, at));
    }

    /** A part folded away (hidden) in a split pane that still takes its height: an empty band on screen. */
    private void noEmptyBand(String at) {
        for (Node n : window.inspector().lookupAll(".split-pane")) {
            if (n instanceof SplitPane split && n.isVisible() && n.getScene() != null) {
                for (Node item : split.getItems()) {
                    double size = split.getOrientation() == javafx.geometry.Orientation.VERTICAL
                            ? item.getLayoutBounds().getHeight() : item.getLayoutBounds().getWidth();
                    if (!item.isVisible() && size > 2) {
                        problems.add(at + ": an empty band of " + Math.round(size) + " px where " + item.getStyleClass()
                                + " is folded away");
                    }
                }
            }
        }
    }

    private void markedRow(String field, String at) {
        List<Object> marked = window.inspector().lookupAll(".proof-row").stream()
                .filter(n -> n.getStyleClass().contains("proof-marked") && n.isVisible())
                .map(Node::getUserData).toList();
        if (!marked.equals(List.of(field))) {
            problems.add(at + ": the accept computation marks " + marked + ", the step discusses " + field);
        }
    }

    private void verdictInWords(String sentence, String at) {
        boolean shown = labels(window.root()).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains(sentence) && InSight.outside(l, width, height) == null);
        if (!shown) {
            problems.add(at + ": the broken rule is nowhere on screen in words: " + sentence);
        }
    }

    private static List<Labeled> labels(Node node) {
        List<Labeled> found = new ArrayList<>();
        if (node instanceof Labeled l) {
            found.add(l);
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                found.addAll(labels(child));
            }
        }
        return found;
    }
}
