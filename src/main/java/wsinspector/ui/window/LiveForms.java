package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/** The heights the live panes' forms ask of the window's band, at the widths they have. */
final class LiveForms {
    private LiveForms() {
    }

    /** What the live client and server would like, at the width they have. */
    static double panesHeight(SplitPane sides, Node timelineColumn) {
        double wanted = 0;
        for (Node n : sides.getItems()) {
            if (n != timelineColumn && n instanceof Region r) {
                wanted = Math.max(wanted, r.prefHeight(r.getWidth() > 0 ? r.getWidth() : -1));
            }
        }
        return wanted;
    }

    /**
     * The height a live pane's form asks for at the width it has: its scrolled content's (a scroll pane's own
     * preferred height is its content's at the content's preferred width, one line per paragraph).
     */
    static double formHeight(Region slot) {
        Node content = slot.lookup(".live-content");
        if (!(content instanceof Region form) || slot.getWidth() <= 0) {
            return slot.prefHeight(-1);
        }
        for (Node p = form.getParent(); p != null && p != slot; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getHeight() > 0) {
                // at the scroll pane's inner width, over its and the pane's insets (what is left of the band when the
                // form is shorter is not chrome: counted as such, it kept a step's card 40 px taller than it is)
                double chrome = slot.getHeight() - sp.getHeight() + sp.snappedTopInset() + sp.snappedBottomInset();
                return form.prefHeight(sp.getWidth() - sp.snappedLeftInset() - sp.snappedRightInset()) + chrome;
            }
        }
        double chrome = Math.max(0, slot.getHeight() - form.getParent().getLayoutBounds().getHeight());
        return form.prefHeight(slot.getWidth() - 2) + Math.min(chrome, 40);
    }
}
