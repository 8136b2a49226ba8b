package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * The skin of every scroll pane in the window (app.css names it): JavaFX's own, but its viewport draws its content
 * directly instead of through a cached image. JavaFX caches the viewport so that scrolling can move a picture; with
 * the software renderer a projector's machine often has, every change of the content (the inspector's view being
 * built, a selection moving, a line turning red) then drew the content twice, into the cache and the cache onto the
 * window: the inspector's slot, a scroll pane around the whole inspector, took 20-50 ms a frame while a big capture's
 * first view was built. Drawing directly also keeps text as crisp as outside a scroll pane.
 */
public class DirectScrollPaneSkin extends ScrollPaneSkin {
    public DirectScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
