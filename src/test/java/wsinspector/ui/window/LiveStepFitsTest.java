package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.live.StepPane;

/**
 * The live step mode (Shift+F5) in the window at 1280×800, in Russian, not in projector mode, step by step to the
 * end: Back, Next and the plan leave the step's title in view without scrolling (the plan's ten named chips took
 * five lines of the client's narrow place and pushed the explanation below it), nothing in the step pane is cut,
 * and the message the step shows is in view in the timeline.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class LiveStepFitsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stage.show();   // the toolkit runs; the window is laid out off screen
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(window::close).get();
        }
    }

    @Test
    void eachStepsTitleAndMessageStandInViewAt1280x800() throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(new I18n(I18n.RUSSIAN), new wsinspector.ui.session.Session());
            w.createScene(1280, 800);
            return w;
        }).get();
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().stateProperty().get() == LiveServer.ServerState.RUNNING);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.LIVE_STEPPER)).get();
        settle();
        StepPane pane = window.liveSlots().stepPane();
        LiveStepper stepper = pane.stepper();
        List<String> wrong = new ArrayList<>();
        while (stepper.canNextProperty().get()) {
            int before = stepper.cursorProperty().get();
            WaitForAsyncUtils.asyncFx(stepper::next).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
            settle();
            String at = "step " + (before + 2);
            wrong.addAll(WaitForAsyncUtils.asyncFx(() -> {
                List<String> found = new ArrayList<>();
                ScrollPane scroll = (ScrollPane) pane.getCenter();
                if (!whollyIn(pane.lookup("#step-title"), scroll)) {
                    found.add(at + ": the step's title is out of view");
                }
                LayoutProblems.in(pane).forEach(p -> found.add(at + ": " + p));
                wsinspector.dissect.Message shown = window.session().selected();
                if (shown != null && !inView(shown)) {
                    found.add(at + ": its message is out of view in the timeline");
                }
                return found;
            }).get());
        }
        assertEquals(List.of(), wrong);
    }

    /** Whether the message's arrow is wholly inside the timeline's list (not scrolled out). */
    private boolean inView(wsinspector.dissect.Message m) {
        javafx.scene.control.ListView<?> list = window.timeline().list();
        Bounds shown = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".arrow-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == m && c.isVisible()) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                return b.getMinY() >= shown.getMinY() - 1 && b.getMaxY() <= shown.getMaxY() + 1;
            }
        }
        return false;
    }

    private static boolean whollyIn(Node n, ScrollPane scroll) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int pass = 0; pass < 3; pass++) {
                window.root().resize(1280, 800);
                window.root().applyCss();
                window.root().layout();
            }
        }).get();
    }
}
