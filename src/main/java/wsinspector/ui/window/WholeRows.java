package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import wsinspector.ui.timeline.TimelineView;

/**
 * The timeline's band cut to whole rows of arrows, measured as laid out: its chrome (the conversation bar, the
 * lifelines' names, borders) and the window's divider under it.
 */
final class WholeRows {
    private final SplitPane vertical;
    private final SplitPane sides;
    private final Region timelineColumn;
    /** The thickness of the dividers between the bands, as last laid out. */
    private double dividerPx;

    WholeRows(SplitPane vertical, SplitPane sides, Region timelineColumn) {
        this.vertical = vertical;
        this.sides = sides;
        this.timelineColumn = timelineColumn;
    }

    /**
     * The timeline's share cut down to whole rows: a list that holds more rows than it shows keeps its newest or
     * selected row at the bottom, and with a height of whole rows no half row shows at its top. Up to whole rows
     * where down would go below {@code floor} (the lesson beside the timeline would scroll).
     */
    double cut(double band, double floor, double h, double em) {
        javafx.scene.Node list = timelineColumn.lookup(".timeline-list");
        double row = TimelineView.ROW_EM * em;
        if (!(list instanceof Region r) || r.getHeight() <= 0 || sides.getHeight() <= 0) {
            return band;
        }
        // the conversation bar, the lifelines' names, borders; and half the divider under the band, which takes its
        // thickness from the band above it
        double chrome = sides.getHeight() - r.getHeight() + dividerHeight() / 2;
        if (r instanceof javafx.scene.control.ListView<?> l && (band * h - chrome) / row >= l.getItems().size() - 0.05) {
            return band;   // every row shows whole, none is cut: nothing to round
        }
        double rows = Math.floor((band * h - chrome) / row + 0.05);
        boolean up = chrome + rows * row < floor * h - 0.5;
        if (up) {
            rows++;   // not below the floor (the lesson beside the timeline, its least arrows): a row more, not less
        }
        // fewer than three fit only above projector mode's lesson: still whole rows, so the step's arrow (kept at
        // the bottom) stands whole under no half row; never more than the band (the parts below keep their least)
        double whole = (chrome + rows * row + 1) / h;
        return rows < 1 ? band : up ? whole : Math.min(band, whole);
    }

    /**
     * The timeline's chrome as laid out (the conversation bar, the lifelines' names, borders, half the divider under
     * it), or {@code estimate} before the list has a height. In projector mode's type the chrome is some 5 em, not the
     * {@link WindowLayout#CHROME_EM} that stands for it before a layout: a floor of three arrows over the estimate
     * came out at 3.2 rows, cut up to four, and the handshake's view under them showed two lines (1280×800 F11).
     */
    double chrome(double estimate) {
        javafx.scene.Node list = timelineColumn.lookup(".timeline-list");
        if (!(list instanceof Region r) || r.getHeight() <= 0 || sides.getHeight() <= 0
                || !sides.getItems().contains(timelineColumn)) {
            return estimate;
        }
        return sides.getHeight() - r.getHeight() + dividerHeight() / 2;
    }

    /**
     * The thickness of the window's own dividers between the bands (not those of a split pane inside a band, which
     * a lookup would find first: the inspector's, a part of a tab's). As last laid out: a divider the split pane has
     * just made for new parts has no height until the next layout.
     */
    private double dividerHeight() {
        for (Node n : vertical.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("split-pane-divider") && n instanceof Region d && d.getHeight() > 0) {
                dividerPx = d.getHeight();
            }
        }
        return dividerPx;
    }
}
