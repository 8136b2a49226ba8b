package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * FX100: each FX task of the inspector's first view (a step's styles, its layout) waits for the pulse that draws what
 * the task before changed, so that no pulse that lays out new cells (the hex's rows, 40-60 ms of the FX thread under
 * load) runs back to back with a step, nor two steps with each other: on a big capture the FX thread's longest stall
 * was such a pair (111 ms median, 3 runs of 10 under 100 ms).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FirstViewPulsesTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane(new Label("the window"));
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void aPulsePassesBeforeEachStep() throws Exception {
        long[] pulses = new long[1];
        List<Long> pulsesAtStep = new ArrayList<>();
        CountDownLatch whole = new CountDownLatch(1);
        int steps = 4;
        Platform.runLater(() -> {
            root.getScene().addPostLayoutPulseListener(() -> pulses[0]++);
            FirstView view = new FirstView(steps, n -> {
                if (n > 0) {
                    pulsesAtStep.add(pulses[0]);
                }
                // what a step brings: a node to style in its task, to lay out in the task after
                Label part = new Label("part " + n);
                root.getChildren().setAll(part);
                return List.of(part);
            }, whole::countDown);
            view.reveal(root);
        });

        assertTrue(whole.await(20, TimeUnit.SECONDS), "the first view became whole");
        assertEquals(steps, pulsesAtStep.size());
        long before = 0;
        for (int i = 0; i < steps; i++) {
            assertTrue(pulsesAtStep.get(i) > before, "a pulse before step " + (i + 1) + ": " + pulsesAtStep);
            before = pulsesAtStep.get(i);
        }
    }
}
