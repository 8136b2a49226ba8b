package wsinspector.ui.live;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A form of labelled controls that fits the room it gets: labels on the left of their controls when the pane is
 * wide, above them when it is narrow (a pane squeezed beside the timeline must not wrap "Subprotocols" letter by
 * letter).
 */
final class Form extends GridPane {
    /** Below this width the labels go above their controls. */
    static final double STACK_BELOW = 540;

    private record Row(Node label, Node control) {
    }

    private final List<Row> rows = new ArrayList<>();
    private Boolean stacked;

    Form() {
        setHgap(14);
        setVgap(12);
        widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue() > 0 && now.doubleValue() < STACK_BELOW));
        arrange(false);
    }

    /** A control with its label. */
    Form row(Node label, Node control) {
        label.getStyleClass().add("live-form-label");
        return add(new Row(label, control));
    }

    /** A control without a label (a check box that names itself, a button), under the controls. */
    Form row(Node control) {
        return add(new Row(null, control));
    }

    private Form add(Row row) {
        rows.add(row);
        // a hidden row must not leave its gaps behind: rows are laid out again without it
        row.control.managedProperty().addListener((obs, old, now) -> rearrange());
        rearrange();
        return this;
    }

    /**
     * What the labels above their controls need: a narrower place stacks them (see {@link #arrange}). Not the
     * labels' width beside the controls, which would widen a pane whose form is folded away and never laid out.
     */
    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Row row : rows) {
            if (row.control.isManaged()) {
                w = Math.max(w, Math.max(row.control.minWidth(-1), row.label == null ? 0 : row.label.minWidth(-1)));
            }
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    boolean isStacked() {
        return Boolean.TRUE.equals(stacked);
    }

    private void rearrange() {
        boolean s = isStacked();
        stacked = null;
        arrange(s);
    }

    private void arrange(boolean stack) {
        if (stacked != null && stacked == stack) {
            return;
        }
        stacked = stack;
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(0);
        if (stack) {
            getColumnConstraints().add(controls);
        } else {
            getColumnConstraints().addAll(labels, controls);
        }
        int r = 0;
        for (Row row : rows) {
            if (!row.control.isManaged()) {
                continue;
            }
            if (stack) {
                if (row.label != null) {
                    add(row.label, 0, r++);
                    GridPane.setHalignment(row.label, HPos.LEFT);
                    row.label.getStyleClass().remove("live-form-label-side");
                }
                add(row.control, 0, r++);
            } else {
                if (row.label != null) {
                    add(row.label, 0, r);
                    GridPane.setValignment(row.label, VPos.TOP);
                    GridPane.setHalignment(row.label, HPos.RIGHT);
                    if (!row.label.getStyleClass().contains("live-form-label-side")) {
                        row.label.getStyleClass().add("live-form-label-side");
                    }
                }
                add(row.control, 1, r++);
            }
        }
    }
}
