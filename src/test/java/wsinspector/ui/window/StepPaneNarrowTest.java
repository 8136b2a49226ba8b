package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.EchoServerOptions;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.live.StepPane;

/**
 * The live step pane in a narrow, low place (342×250 px, the client's place at 1280×800 before the stepper had a
 * wider one, and what a zoomed window gives it), in Russian, step by step to the end: Back, Next and the plan leave
 * the step's title in view without scrolling (ten named chips took five lines there and pushed the explanation
 * below), and nothing in it is cut or broken mid-word (Sec-WebSocket-Accept, the GUID, a base64 key).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class StepPaneNarrowTest {
    private LiveSession session;
    private StepPane pane;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        session = new LiveSession();
        pane = new StepPane(new I18n(I18n.RUSSIAN), session);
        stage.setScene(new Scene(pane, 342, 250));
        stage.sizeToScene(); // the primary stage is shared by all test classes
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void eachStepsTitleStandsInViewAndNothingIsCut() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.server().start(EchoServerOptions.defaults())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.server().stateProperty().get() == LiveServer.ServerState.RUNNING);
        LiveStepper stepper = pane.stepper();
        List<String> wrong = new ArrayList<>();
        while (stepper.canNextProperty().get()) {
            int before = stepper.cursorProperty().get();
            WaitForAsyncUtils.asyncFx(stepper::next).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
            WaitForAsyncUtils.waitForFxEvents();
            String at = "step " + (before + 2);
            wrong.addAll(WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    pane.applyCss();
                    pane.layout();
                }
                List<String> found = new ArrayList<>();
                if (!whollyIn(pane.lookup("#step-title"), (ScrollPane) pane.getCenter())) {
                    found.add(at + ": the step's title is out of view");
                }
                LayoutProblems.in(pane).forEach(p -> found.add(at + ": " + p));
                return found;
            }).get());
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean whollyIn(Node n, ScrollPane scroll) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }
}
