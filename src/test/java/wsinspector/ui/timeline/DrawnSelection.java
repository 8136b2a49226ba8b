package wsinspector.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** What a list draws as selected, read from its cells as they are on screen (FX thread). */
public final class DrawnSelection {
    private DrawnSelection() {
    }

    /**
     * The rows drawn selected, numbered from 1, each marked when it shows another message than {@code expected}
     * or lies outside the list's view; {@code ["row N"]} when the list draws exactly the expected message's row.
     */
    public static List<String> rows(ListView<?> list, Object expected) {
        list.layout();
        List<String> out = new ArrayList<>();
        Bounds view = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && shown(cell) && cell.isSelected()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                boolean inView = b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                out.add("row " + (cell.getIndex() + 1) + (cell.getItem() == expected ? "" : " (another message)")
                        + (inView ? "" : " (out of view)"));
            }
        }
        return out;
    }

    /** What {@link #rows} gives when the expected message's row, and only it, is drawn selected and in view. */
    public static List<String> only(ListView<?> list, Object expected) {
        List<?> items = list.getItems();
        int row = -1;
        for (int i = 0; i < items.size() && row < 0; i++) {
            row = items.get(i) == expected ? i : -1;
        }
        return List.of("row " + (row + 1));
    }

    /** In the flow's sheet and visible: not the flow's measuring cell nor a spare one. */
    static boolean shown(Node cell) {
        for (Node p = cell; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
