package wsinspector.ui.window;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Whether a node shows whole to the class: inside the window and inside the clip of every pane around it (a scroll
 * pane's viewport, a split pane's part), not hidden. What a test of "the student sees it" measures; on the FX thread.
 */
final class InSight {
    private InSight() {
    }

    /**
     * Null when {@code node} shows whole in a window {@code width}×{@code height} px; else where it is and what shows.
     */
    static String outside(Node node, double width, double height) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return "hidden";
            }
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
        return whole ? null : String.format("at %.0f-%.0f × %.0f-%.0f px, %.0f-%.0f × %.0f-%.0f shows",
                b.getMinY(), b.getMaxY(), b.getMinX(), b.getMaxX(), top, bottom, left, right);
    }

    /**
     * What keeps the inspector's view {@code id} from showing its part (style class {@code part}) whole: another view in
     * front, or the part outside what shows ({@link #outside}).
     */
    static java.util.List<String> viewOutside(MainWindow window, String id, String part, double width, double height,
                                              String at) {
        TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
        if (tabs == null) {
            return java.util.List.of(at + ": the inspector shows no views yet");
        }
        Tab front = tabs.getSelectionModel().getSelectedItem();
        if (front == null || !id.equals(front.getId())) {
            return java.util.List.of(at + ": the view in front is " + (front == null ? "none" : front.getId()) + ", not " + id);
        }
        Node view = wsinspector.ui.inspect.InspectorPane.viewOf(front);
        Node node = view == null ? null : view.lookup("." + part);
        if (node == null || !node.isVisible()) {
            return java.util.List.of(at + ": " + id + " shows no ." + part);
        }
        String shown = outside(node, width, height);
        return shown == null ? java.util.List.of() : java.util.List.of(at + ": " + id + "'s ." + part + " is " + shown);
    }

    /** The step's arrow and its neighbour before it, each whole inside the timeline's view and the window. */
    static java.util.List<String> arrowsOutside(MainWindow window, double width, double height, String at) {
        javafx.scene.control.ListView<?> list = window.timeline().list();
        Object step = window.steps().currentProperty().get();
        int row = list.getItems().indexOf(step);
        if (row < 0) {
            return java.util.List.of(at + ": the step's message is not in the timeline");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i : new int[] {row, row - 1}) {
            if (i < 0) {
                continue;
            }
            Node cell = list.lookupAll(".list-cell").stream()
                    .filter(c -> c instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == i && l.isVisible())
                    .findFirst().orElse(null);
            String shown = cell == null || list.getScene() == null ? "not drawn" : outside(cell, width, height);
            if (shown != null) {
                out.add(at + ": the timeline's row " + (i + 1) + (i == row ? " (the step's)" : "") + " is " + shown);
            }
        }
        return out;
    }
}
