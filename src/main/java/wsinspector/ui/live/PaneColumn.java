package wsinspector.ui.live;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A live pane's parts one under the other, in a scroll pane that scrolls only when the pane is lower than its
 * parts need: a list in it (the client's conversation, the server's connections) gives up its room down to a few
 * rows before anything scrolls, and takes what is left over when the pane is taller. Every other part keeps its
 * whole height at the width it has: a wrapped label squeezed to one line would show cut without a scroll bar.
 */
final class PaneColumn extends VBox {
    PaneColumn(Node... parts) {
        super(10, parts);
        getStyleClass().add("live-content");
    }

    /**
     * Lets {@code list}, shown in {@code section}, give up room down to {@code leastEm} (a few of its rows, in em of
     * the section's type, so that zoom scales it) and take what the pane has over. Everything else in the column
     * keeps its whole height: a box lower than its parts need shrinks them all, and a wrapped label shrunk shows
     * cut with an ellipsis.
     */
    PaneColumn stretch(Region list, TitledPane section, double leastEm) {
        // as low as that by its own wish too: a section lower than it asks for counts as cut
        list.minHeightProperty().bind(Bindings.createDoubleBinding(() -> leastEm * section.getFont().getSize(),
                section.fontProperty()));
        list.prefHeightProperty().bind(list.minHeightProperty());
        // a titled pane is at most as tall as it asks (a labeled control's skin): growing, it stayed at the list's
        // least, a 65 px box over a blank foot in live step mode (W9-8); the list in it as tall as it is given
        section.setMaxHeight(Double.MAX_VALUE);
        list.setMaxHeight(Double.MAX_VALUE);
        Runnable grow = () -> VBox.setVgrow(section, section.isExpanded() ? Priority.ALWAYS : Priority.NEVER);
        // a folded section must not stretch: it would stand as an empty band under its title
        section.expandedProperty().addListener((obs, old, now) -> grow.run());
        grow.run();
        wholeBesides(this, section);
        wholeBesides(section.getContent(), list);
        return this;
    }

    /** Keeps every part of {@code box} at its whole height but the one that holds {@code stretching}. */
    private static void wholeBesides(Node box, Node stretching) {
        if (box == stretching || !(box instanceof Pane pane)) {
            return;
        }
        for (Node part : pane.getChildren()) {
            if (holds(part, stretching)) {
                wholeBesides(part, stretching);
            } else if (part instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }

    private static boolean holds(Node part, Node n) {
        if (part == n) {
            return true;
        }
        if (part instanceof TitledPane t) {
            return holds(t.getContent(), n);
        }
        return part instanceof Pane p && p.getChildren().stream().anyMatch(c -> holds(c, n));
    }

    /** The column in a scroll pane as wide as the pane, as tall as the pane when its parts fit. */
    ScrollPane scrolled() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // a new width re-wraps the labels: the least height is measured again at it
        widthProperty().addListener((obs, old, now) -> requestLayout());
        return scroll;
    }

    /**
     * Its height at its width with every part whole and the stretching list at its least: the scroll pane asks
     * without a width (its content's width is known only after), so the width last laid out is taken; at no width a
     * wrapped label counts as one line, and the pane would cut the parts instead of scrolling.
     */
    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width >= 0 ? width : getWidth() > 0 ? getWidth() : -1);
    }
}
