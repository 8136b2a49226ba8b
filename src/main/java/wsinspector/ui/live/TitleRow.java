package wsinspector.ui.live;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A pane's title and its state pill: side by side while the state fits beside the title in at most three lines, no
 * word broken ("Client  Open: frames may go / both ways"), the state under the title, wrapping, when it is longer
 * ("listening on ws://127.0.0.1:40952/"). Side by side always, a long state would widen the pane past its place;
 * one under the other always, a short one costs the pane lines the everyday controls need at 1280×800.
 */
final class TitleRow extends Region {
    private static final double HGAP = 12;
    private static final double VGAP = 6;
    private final Label title;
    private final Label state;

    TitleRow(Label title, Label state) {
        this.title = title;
        this.state = state;
        state.setWrapText(true);
        state.setMinWidth(0);
        getChildren().addAll(title, state);
    }

    private boolean beside(double width) {
        if (width < 0) {
            return true;
        }
        double rest = besideWidth(width);
        if (state.prefWidth(-1) <= rest) {
            return true;
        }
        double insets = state.snappedLeftInset() + state.snappedRightInset();
        double longest = 0;
        for (String word : state.getText().split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(state.getFont());
            longest = Math.max(longest, t.getLayoutBounds().getWidth());
        }
        double vertical = state.snappedTopInset() + state.snappedBottomInset();
        double lines = (state.prefHeight(rest) - vertical) / (oneLine() - vertical);
        return longest + insets <= rest && lines <= 3.05;
    }

    /** The width the state has beside the title. */
    private double besideWidth(double width) {
        return width - title.prefWidth(-1) - HGAP;
    }

    /** The state's height on one line. */
    private double oneLine() {
        return state.prefHeight(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + title.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + title.prefWidth(-1) + HGAP + state.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double h = beside(w) ? Math.max(title.prefHeight(-1), state.prefHeight(w < 0 ? -1 : besideWidth(w)))
                : title.prefHeight(w) + VGAP + state.prefHeight(w);
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (beside(w)) {
            double tw = title.prefWidth(-1);
            double h = Math.max(title.prefHeight(-1), state.prefHeight(besideWidth(w)));
            layoutInArea(title, x, y, tw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(state, x + tw + HGAP, y, w - tw - HGAP, h, 0, HPos.LEFT, VPos.CENTER);
        } else {
            double th = title.prefHeight(w);
            layoutInArea(title, x, y, w, th, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(state, x, y + th + VGAP, w, state.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
