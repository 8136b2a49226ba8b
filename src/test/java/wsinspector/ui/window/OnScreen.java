package wsinspector.ui.window;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Whether a node shows whole to the class: visible, of some size, inside the window and inside the clip of every pane
 * around it (a scroll pane's viewport, a split pane's part). Must run on the FX thread.
 */
final class OnScreen {
    private OnScreen() {
    }

    /** Null when the node shows whole in a window this big; else what is wrong, in a few words. */
    static String outside(Node node, double width, double height) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return "hidden";
            }
        }
        if (node.getScene() == null) {
            return "not on screen";
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        double top = 0;
        double bottom = height;
        double left = 0;
        double right = width;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                top = Math.max(top, clip.getMinY());
                bottom = Math.min(bottom, clip.getMaxY());
                left = Math.max(left, clip.getMinX());
                right = Math.min(right, clip.getMaxX());
            }
        }
        boolean whole = b.getMinY() >= top - 1 && b.getMaxY() <= bottom + 1 && b.getMinX() >= left - 1
                && b.getMaxX() <= right + 1 && b.getHeight() > 0;
        return whole ? null : String.format("at %.0f-%.0f × %.0f-%.0f px where %.0f-%.0f × %.0f-%.0f shows",
                b.getMinY(), b.getMaxY(), b.getMinX(), b.getMaxX(), top, bottom, left, right);
    }
}
