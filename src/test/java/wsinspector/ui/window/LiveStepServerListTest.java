package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.NextPulse;
import wsinspector.ui.live.LiveSession;

/**
 * Live step mode (Shift+F5) at 1280×800: the echo server's «Соединения» list takes the room its pane has over. It stood
 * as a 65 px box, its one connection («№1 127.0.0.1:35780 · RFC 6455 · /chat / закрыто · 1000 Нормальное …») cut at
 * its foot, over ~170 px of blank at the foot of the pane (W9-8).
 */
@Timeout(90)
class LiveStepServerListTest extends WindowTest {
    @Test
    void theConnectionsListTakesTheRoomThePaneHasOver(FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        for (int i = 0; i < 5; i++) {
            NextPulse.await(window.root().getScene());
            WaitForAsyncUtils.waitForFxEvents();
        }
        String blank = WaitForAsyncUtils.asyncFx(() -> {
            Region list = (Region) window.root().lookup("#server-connections");
            Region column = null;
            for (Parent p = list.getParent(); p != null; p = p.getParent()) {
                if (p.getStyleClass().contains("live-content")) {
                    column = (Region) p;
                    break;
                }
            }
            double bottom = 0;
            for (Node n : column.getChildrenUnmodifiable()) {
                if (n.isManaged() && n.isVisible()) {
                    bottom = Math.max(bottom, n.getBoundsInParent().getMaxY());
                }
            }
            double em = column.lookup(".label") instanceof javafx.scene.control.Labeled l ? l.getFont().getSize() : 13;
            double left = column.getHeight() - column.snappedBottomInset() - bottom;
            return left > 2 * em ? "the list is " + Math.round(list.getHeight()) + " px with " + Math.round(left)
                    + " px blank under the pane's parts" : null;
        }).get();
        assertTrue(blank == null, blank);
    }
}
