package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * In large type, where a row of 8 bytes does not fit in the most of the width the hex may take, the hex shows 4 bytes a
 * row and is sized for them: the tree beside it gets the rest. Sized for 8 a row, the hex stood a fifth empty and the
 * tree cut its labels (the guided lesson's pong in projector mode at 1920×1080: «Нагрузк»).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class HexTightShareTest {
    /** The lesson's pong, masked, 4 bytes of payload "ping" (a 10-byte frame). */
    private static final byte[] PONG = Samples.hex("8a 84 06 b5 8f 72 76 dc e1 15");

    private InspectorPane pane;

    @Start
    void start(Stage stage) {
        pane = new InspectorPane(new I18n(I18n.RUSSIAN));
        InspectorStage.show(stage, pane, 32, 1100, 800);   // projector mode's type beside the timeline at 1920×1080
    }

    @Test
    void theHexIsSizedForTheRowsItShows(FxRobot robot) throws Exception {
        Message pong = Samples.clientFrame(PONG);
        robot.interact(() -> pane.show(pong, List.of(pong)));
        InspectorWhole.await(pane);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            SplitPane upper = upperSplit();
            HexView hex = pane.hexView();
            double width = upper.getWidth();
            assertTrue(hex.narrowWidth() > InspectorFit.HEX_MOST * width,
                    "the case: a row of 8 does not fit in the hex's most (" + hex.narrowWidth() + " of " + width + ")");
            assertEquals(HexLayout.TIGHT_BYTES_PER_ROW, hex.layout().bytesPerRow(), "4 bytes a row");
            double hexPx = upper.getDividerPositions()[0] * width;
            assertTrue(hexPx <= Math.max(0.3 * width, hex.tightWidth()) + 2,
                    "the hex " + Math.round(hexPx) + " px wide for rows needing " + Math.round(hex.tightWidth()) + " px of " + width);
        }).get();
    }

    /** The split with the hex and the field tree side by side. */
    private SplitPane upperSplit() {
        for (Node n : pane.lookupAll(".split-pane")) {
            if (n instanceof SplitPane s && s.getItems().stream().anyMatch(i -> i instanceof TreeView<?>)) {
                return s;
            }
        }
        throw new AssertionError("no split with the tree");
    }
}
