package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * Where everything in a window stands, as one number: what a settle of a window off screen waits to see unchanged.
 * FX thread.
 */
final class LayoutShape {
    private LayoutShape() {
    }

    /**
     * A digest of every node's place, size and visibility, every split pane's dividers and every scroll pane's scroll
     * under {@code root}. Not whether a node asks to be laid out: one split pane under the window's root asks again on
     * every round, with nothing moving.
     */
    static long of(Node root) {
        long h = 17;
        h = 31 * h + Double.hashCode(root.getLayoutX());
        h = 31 * h + Double.hashCode(root.getLayoutY());
        h = 31 * h + root.getLayoutBounds().hashCode();
        h = 31 * h + (root.isVisible() ? 1 : 0);
        if (root instanceof SplitPane s) {
            h = 31 * h + java.util.Arrays.hashCode(s.getDividerPositions());
        }
        if (root instanceof ScrollPane s) {
            h = 31 * h + Double.hashCode(s.getVvalue());
            h = 31 * h + Double.hashCode(s.getHvalue());
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                h = 31 * h + of(child);
            }
        }
        return h;
    }
}
