package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.SampleDumps;

/**
 * Every scroll pane of the window, the inspector's slot around the whole inspector first, draws its content directly:
 * its viewport is not cached (JavaFX's own skin caches it, and with the software renderer each change of the content
 * was drawn twice; see {@link DirectScrollPaneSkin}).
 */
@Timeout(60)
class DirectScrollPanesTest extends JarWindowTest {
    @Test
    void noScrollPaneDrawsThroughACachedViewport() throws Exception {
        window = WindowFixture.startAsTheJar(stage, SampleDumps.COURSE_NOTES);
        // the handshake's lines are built in the frames after the first message shows (FirstView): wait for them
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> scrollPanes().size() >= 3).get());
        WaitForAsyncUtils.asyncFx(() -> {
            List<ScrollPane> panes = scrollPanes();
            assertTrue(panes.size() >= 3, "the inspector's slot, the handshake's lines, the live panes: " + panes.size());
            List<String> cached = new ArrayList<>();
            for (ScrollPane pane : panes) {
                Node viewport = pane.lookup(".viewport");
                if (!(pane.getSkin() instanceof DirectScrollPaneSkin) || viewport == null || viewport.isCache()) {
                    cached.add(pane.getStyleClass() + " in " + pane.getParent());
                }
            }
            assertEquals(List.of(), cached, "scroll panes drawing through a cached viewport");
        }).get();
    }

    private List<ScrollPane> scrollPanes() {
        List<ScrollPane> panes = new ArrayList<>();
        collect(window.root(), panes);
        return panes;
    }

    private static void collect(Node node, List<ScrollPane> into) {
        if (node instanceof ScrollPane pane) {
            into.add(pane);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
