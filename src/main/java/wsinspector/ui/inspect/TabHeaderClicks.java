package wsinspector.ui.inspect;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;

/**
 * A double click on the tab headers gives the view below them the whole inspector (and back), as a lecturer wants
 * for the handshake or the framing comparison.
 */
final class TabHeaderClicks {
    private TabHeaderClicks() {
    }

    static void enlargeOnDoubleClick(TabPane tabs, BooleanProperty enlarged) {
        tabs.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && inTabHeader(e.getPickResult().getIntersectedNode())) {
                enlarged.set(!enlarged.get());
            }
        });
    }

    private static boolean inTabHeader(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }
}
