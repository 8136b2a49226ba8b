package wsinspector.ui.inspect;

import java.util.function.BooleanSupplier;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps a step's part scrolled into view in the scroll pane of its view, while the step names it: a part below the
 * view's top (the old framing's reasons, under its frames and differences) was given the height it needs and then
 * showed the view's top in it. Scrolls when the sizes change (the view laid out, the window resized), not when a
 * person scrolls.
 */
final class PartInView {
    private static final String KEY = PartInView.class.getName();

    private PartInView() {
    }

    /** Scrolls {@code part} into view now and whenever the sizes around it change, as long as {@code named}. */
    static void keep(Region part, BooleanSupplier named) {
        ScrollPane scroll = scrollAround(part);
        if (scroll == null || !(scroll.getContent() instanceof Region content)) {
            return;
        }
        if (!part.getProperties().containsKey(KEY)) {
            InvalidationListener again = o -> {
                if (named.getAsBoolean()) {
                    show(part, scroll, content);
                }
            };
            part.getProperties().put(KEY, again);
            scroll.viewportBoundsProperty().addListener(again);
            content.layoutBoundsProperty().addListener(again);
            part.layoutBoundsProperty().addListener(again);
        }
        show(part, scroll, content);
    }

    /**
     * Scrolls so that the part's top is the view's top; to the view's top where the part shows whole with all above
     * it (no line cut at the top edge either way).
     */
    private static void show(Region part, ScrollPane scroll, Region content) {
        double viewport = scroll.getViewportBounds().getHeight();
        double room = content.getHeight() - viewport;
        if (viewport <= 0 || room <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(part.localToScene(part.getLayoutBounds()));
        double top = b.getMaxY() <= viewport ? 0 : b.getMinY();
        scroll.setVvalue(Math.max(0, Math.min(1, top / room)));
    }

    private static ScrollPane scrollAround(Node part) {
        for (Node n = part.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
