package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;

/**
 * Zoom reflows the window, it never shifts or cuts it: in Russian at 1280×800, mid-conversation with the live client
 * and server beside the timeline and the handshake's answer in the inspector (as the lecturer saw it), two and three
 * zoom steps left the inspector wider than the window (pushed out at its left edge: "вер → клиент", "P/1.1 101"),
 * the field's explanation cut by the tabs and the field tree scrolling sideways.
 */
@Timeout(60)
class ZoomReflowTest extends WindowTest {
    @Test
    void zoomedTwoAndThreeStepsNothingIsCutOrScrollsSideways() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        LiveWindowTest.talkToTheEchoServer(window);
        WaitForAsyncUtils.asyncFx(() -> window.session().select(window.session().current().messages().get(1))).get();
        List<String> found = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            WaitForAsyncUtils.asyncFx(() -> window.zoom().zoomIn()).get();
            settle();
            int px = window.fontPx();
            found.addAll(WaitForAsyncUtils.asyncFx(() -> problems(px)).get());
        }
        assertEquals(List.of(), found);
    }

    private List<String> problems(int px) {
        List<String> found = new ArrayList<>();
        for (String p : LayoutProblems.in(window.root())) {
            found.add(px + " px: " + p);
        }
        outside(window.root(), window.root().getScene().getWidth(), px, found);
        return found;
    }

    /** A part of the window laid out beyond its left or right edge (the whole inspector pushed out to the left). */
    private static void outside(Node n, double sceneWidth, int px, List<String> found) {
        if (!n.isVisible() || !n.isManaged()) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (n instanceof javafx.scene.layout.Region && b.getWidth() > 0 && (b.getMinX() < -1 || b.getMaxX() > sceneWidth + 1)) {
            found.add(px + " px: beyond the window's edge, x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX())
                    + ": " + n.getClass().getSimpleName() + " " + n.getStyleClass() + " min width "
                    + Math.round(((javafx.scene.layout.Region) n).minWidth(-1)));
            return;
        }
        if (n instanceof Parent p && !(n instanceof javafx.scene.control.ScrollPane)
                && !(n instanceof javafx.scene.control.skin.VirtualFlow<?>)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                outside(c, sceneWidth, px, found);
            }
        }
    }

    /** The zoom re-shares the height and the inspector fits its dividers in later pulses. */
    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
