package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.file.SampleDumps;

/**
 * The focus layout (View → Hide client and server, Ctrl+H): the timeline spans the band, the inspector grows; in the
 * empty window, with nothing to inspect, the timeline (how to begin) takes the height instead.
 */
class FocusLayoutTest extends WindowTest {
    @Test
    void ctrlHHidesAndShowsTheClientAndTheServer(FxRobot robot) {
        assertTrue(panesShown(robot), "a new window shows the client and the server");
        double timelineBefore = window.timeline().getHeight();

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().panesHiddenProperty().get());
        assertFalse(panesShown(robot));
        assertEquals(window.timeline().getParent(), sides(robot).getItems().get(0), "the timeline spans the band");
        assertTrue(window.timeline().getHeight() > timelineBefore, "no message: the timeline grows");
        assertFalse(window.inspectorSlot().getScene() != null && window.inspectorSlot().getHeight() > 1,
                "no message: no inspector saying «select a message»");

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.modes().panesHiddenProperty().get());
        assertTrue(panesShown(robot));
    }

    @Test
    void withAMessageTheFocusLayoutGrowsTheInspector(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);   // a file turns the focus layout on
        assertFalse(panesShown(robot));
        double focused = window.inspectorSlot().getHeight();

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panesShown(robot));
        assertTrue(window.inspectorSlot().getHeight() < focused,
                "the inspector grows with the panes hidden: " + focused + " px, " + window.inspectorSlot().getHeight()
                        + " px with them");
    }

    @Test
    void openingAFileTurnsTheFocusLayoutOn(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);

        assertTrue(window.modes().panesHiddenProperty().get());
        assertFalse(panesShown(robot));
    }

    @Test
    @Timeout(20)
    void startingTheServerBringsThePanesBack(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        assertFalse(panesShown(robot));

        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.liveSlots().live().server().stateProperty().get() == LiveServer.ServerState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.modes().panesHiddenProperty().get());
        assertTrue(panesShown(robot));
    }

    private boolean panesShown(FxRobot robot) {
        SplitPane sides = sides(robot);
        return sides.getItems().contains(window.clientSlot()) && sides.getItems().contains(window.serverSlot());
    }

    @Test
    void ctrlMAndADoubleClickOnATabGiveTheTabsTheWholeInspector(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> window.session().select(window.timeline().messages().get(1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node hex = robot.lookup(".hex-area").query();
        assertTrue(hex.getScene() != null && hex.isVisible(), "the hex view is shown");

        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().tabsEnlargedProperty().get());
        assertTrue(robot.lookup(".hex-area").tryQuery().isEmpty(), "hex and tree leave the inspector");

        robot.doubleClickOn(robot.lookup(".inspector-tabs .tab").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.modes().tabsEnlargedProperty().get());
        assertTrue(robot.lookup(".hex-area").tryQuery().isPresent(), "a double click on a tab brings them back");
    }

    private static SplitPane sides(FxRobot robot) {
        return robot.lookup("#sides").queryAs(SplitPane.class);
    }
}
