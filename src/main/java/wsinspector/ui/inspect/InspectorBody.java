package wsinspector.ui.inspect;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * What stands under the inspector's header: the message's parts (or the placeholder when none is shown), and at their
 * left a node the window puts there for a while: the timeline, while a step's view stands alone and the step's lesson
 * takes the band above (the class keeps seeing which arrow the step is about; the header keeps the window's width).
 */
final class InspectorBody {
    private final BorderPane pane;
    private final Node parts;
    private final SplitPane beside = new SplitPane();
    /** The parts or the placeholder: what stands right of the side node, or alone. */
    private Node shown;
    private Region side;
    private double share;

    InspectorBody(BorderPane pane, Node parts) {
        this.pane = pane;
        this.parts = parts;
        beside.getStyleClass().add("inspector-beside");
        beside.setMinSize(0, 0);
    }

    /** Shows the message's parts (beside the side node, if any). */
    void showParts() {
        show(parts);
    }

    /** Shows this instead of the parts: nothing to inspect. */
    void showPlaceholder(Node placeholder) {
        show(placeholder);
    }

    /** Whether the message's parts stand in the body (not the placeholder, not yet). */
    boolean partsShown() {
        return shown == parts;
    }

    /**
     * Puts {@code node} at the left of the parts, taking {@code share} of the width; null takes it away (the window
     * puts it back in its own place after).
     */
    void setSide(Region node, double share) {
        if (node == side && share == this.share) {
            return;
        }
        side = node;
        this.share = share;
        if (shown != null) {
            beside.getItems().clear();
            show(shown);
        }
    }

    /** The parts' width in a body this wide: less the side's share while a node stands there. */
    double partsWidth(double width) {
        return width * (1 - sideShare());
    }

    /** The side's share of the width: 0 while no node stands there. */
    double sideShare() {
        return side == null ? 0 : share;
    }

    private void show(Node node) {
        shown = node;
        if (side == null) {
            beside.getItems().clear();
            pane.setCenter(node);
        } else {
            if (!beside.getItems().equals(java.util.List.of(side, node))) {
                pane.setCenter(null);
                beside.getItems().setAll(side, node);
                beside.setDividerPositions(share);
            }
            pane.setCenter(beside);
        }
    }
}
