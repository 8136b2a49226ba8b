package wsinspector.ui.inspect;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The two halves of a split pane in a tab's view, as {@link InspectorFit} sees them when a step names one half's part:
 * which split pane holds the part, the other half, the height that shows a half whole, its dividers' handles.
 */
final class SplitHalves {
    private SplitHalves() {
    }

    /** The split pane that holds the part beside or over its other half, below {@code stop}; null when none. */
    static SplitPane around(Node part, Node stop) {
        for (Parent p = part.getParent(); p != null && p != stop; p = p.getParent()) {
            if (p instanceof SplitPane s) {
                return s;
            }
        }
        return null;
    }

    /** The height that shows a half whole at this width: a scroll pane's content at its width, else its own. */
    static double wholeHeight(Region half, double width) {
        if (half instanceof javafx.scene.control.ScrollPane s && s.getContent() instanceof Region content) {
            double chrome = s.snappedLeftInset() + s.snappedRightInset();
            return content.prefHeight(width - chrome) + s.snappedTopInset() + s.snappedBottomInset();
        }
        return half.prefHeight(width);
    }

    /** Shows or hides the handles of a split pane's own dividers (not those of split panes inside it). */
    static void showHandles(SplitPane around, boolean shown) {
        for (Node n : around.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                n.setVisible(shown);
            }
        }
    }

    /** The item of a split pane of two that does not hold the part. */
    static Node otherHalf(Node part, SplitPane around) {
        return isInside(part, around.getItems().get(0)) ? around.getItems().get(around.getItems().size() - 1)
                : around.getItems().get(0);
    }

    /** Whether {@code node} is {@code ancestor} or stands inside it. */
    static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
