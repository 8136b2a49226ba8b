package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.timeline.ArrowCell;

/**
 * Leaving step mode (Esc) keeps the message the step was about chosen, inspected and in view (W5-14: at step 3
 * «Masking» Esc showed message 8, the newest, and no row of the timeline was chosen).
 */
@Timeout(60)
class StepLeaveTest extends WindowTest {
    @Test
    void escKeepsTheStepsMessageChosenAndInView(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        List<Message> all = List.copyOf(window.session().current().messages());
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        while (WaitForAsyncUtils.asyncFx(() -> window.steps().positionProperty().get()).get() < 3) {
            robot.type(KeyCode.RIGHT);
        }
        Message third = all.get(2);
        assertSame(third, window.session().selected());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.steps().isActive());
        assertEquals(8, window.timeline().messages().size());
        assertSame(third, window.session().selected(), "the step's message stays chosen");
        assertSame(third, window.inspector().messageProperty().get(), "and inspected");
        assertSame(third, window.timeline().list().getSelectionModel().getSelectedItem(), "its row chosen");
        boolean inView = WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds view = window.timeline().list().localToScene(window.timeline().list().getBoundsInLocal());
            return robot.lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream()
                    .filter(c -> c.isVisible() && c.getIndex() == 2)
                    .map(c -> c.localToScene(c.getBoundsInLocal()))
                    .anyMatch(b -> b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1);
        }).get();
        assertTrue(inView, "its row is in view");
    }
}
