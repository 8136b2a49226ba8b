package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector's header: the message's title, its one-line summary, the badges and the verdict. The summary
 * stands beside the title while it has room for a fair part of itself ({@link #SUMMARY_LEAST_EM}); where it has
 * not (projector mode's large type, a narrow window) it takes a line of its own under them, instead of a column
 * one word wide that makes the header four lines tall.
 */
final class InspectorHeader extends VBox {
    /** The least width, in the summary's em, it keeps beside the title before it moves under it. */
    static final double SUMMARY_LEAST_EM = 14;

    private final HBox row;
    private final Label title;
    private final Label summary;
    private final Label[] right;
    /** Holds the summary's place in the row while the summary stands under it: the verdict stays at the right. */
    private final Region spacer = new Region();
    /** The summary and the verdict under a title that has the first line to itself (see {@link #arrange}). */
    private final HBox second = new HBox();
    /** Keeps the verdict at the right of the second line while the summary is hidden (a step's view alone). */
    private final Region secondSpacer = new Region();

    InspectorHeader(Label title, Label summary, Label... right) {
        this.title = title;
        this.summary = summary;
        this.right = right;
        // zoomed in, the title wraps rather than ask for more than the window's width (its least width was its whole
        // line: the inspector, wider than the window, was pushed out at its left edge, "вер → клиент")
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        row = new HBox(title, summary);
        row.getChildren().addAll(right);
        row.getStyleClass().add("inspector-header-row");
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(secondSpacer, Priority.ALWAYS);
        second.getStyleClass().add("inspector-header-row");
        getStyleClass().add("inspector-header");
        // no message, no header: a wrapping title keeps a line's height when empty (a grey strip over the placeholder)
        managedProperty().bind(title.textProperty().isNotEmpty());
        visibleProperty().bind(managedProperty());
        getChildren().add(row);
    }

    /** Chooses where the summary stands from what the parts need at this width, their fonts applied. */
    @Override
    protected void layoutChildren() {
        arrange(getWidth());
        super.layoutChildren();
    }

    /**
     * The header can always fold (the summary under the title, the title wrapped): it never asks the inspector for
     * more than the window's width, whatever its title's least width was at the last width.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /** Under the title the summary needs its height too: the header asks for its arrangement at that width. */
    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            arrange(width);
        }
        return super.computePrefHeight(width);
    }

    /** Whether the summary stands beside the title (else on its own line under it). */
    boolean summaryBeside() {
        return summary.getParent() == row;
    }

    /**
     * Where the header's parts stand at a width inside its padding: the room beside the title and the verdict in the
     * first line, the verdict under the title (beside the summary), the summary beside the title (else on its own line),
     * and the width the summary gets where it stands.
     */
    private record Arrangement(double room, boolean verdictUnder, boolean beside, double summaryWidth) {
    }

    private Arrangement arrangementAt(double width) {
        // in whole pixels, as the row lays its parts out: measured unsnapped, a summary 1.8 px wider than the room the
        // row gave it was taken for one line beside the title and took two (the lesson's pong at 1920×1080 F11)
        double titleWidth = snapSizeX(title.prefWidth(-1));
        double rights = 0;
        int gaps = 1;
        for (Label l : right) {
            if (l.isManaged()) {
                rights += snapSizeX(l.prefWidth(-1));
                gaps++;
            }
        }
        double room = width - titleWidth - rights - gaps * snapSpaceX(row.getSpacing());
        // the title keeps its one line while it and the verdict fit (the summary beside it wraps instead); where the
        // title fits alone, the verdict goes under it beside the summary (projector mode at 1920×1080: «Запрос
        // рукопожатия (173 / байта)» broke 22 px short with half its line free); only zoomed in further does it wrap
        boolean verdictUnder = room < 0 && titleWidth <= width;
        double wanted = Math.min(summary.prefWidth(-1), SUMMARY_LEAST_EM * summary.getFont().getSize());
        boolean beside = !verdictUnder && room >= wanted;
        double summaryWidth = beside ? room : verdictUnder ? width - rights - gaps * snapSpaceX(second.getSpacing()) : width;
        return new Arrangement(room, verdictUnder, beside, summaryWidth);
    }

    /**
     * The height the summary adds to the header at this width: its own line under the title, or what it adds to the
     * row it stands in. What the header gives the inspector's parts while the summary is hidden (a step's view standing
     * alone, see {@link MessageHeading#showSummary}), and takes back when it shows.
     */
    double summaryHeight(double outer) {
        double width = outer - snappedLeftInset() - snappedRightInset();
        if (width <= 0) {
            return 0;
        }
        Arrangement at = arrangementAt(width);
        double own = Math.ceil(summary.prefHeight(Math.max(0, at.summaryWidth())));
        if (!at.beside() && !at.verdictUnder()) {
            return own + getSpacing();
        }
        double others = at.verdictUnder() ? 0 : title.prefHeight(-1);
        for (Label l : right) {
            if (l.isManaged()) {
                others = Math.max(others, l.prefHeight(-1));
            }
        }
        return Math.max(0, own - others);
    }

    private void arrange(double outer) {
        double width = outer - snappedLeftInset() - snappedRightInset();
        if (width <= 0) {
            return;
        }
        Arrangement at = arrangementAt(width);
        boolean verdictUnder = at.verdictUnder();
        boolean beside = at.beside();
        title.setMinWidth(at.room() >= 0 || verdictUnder ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        List<Node> first = new ArrayList<>(List.of(title));
        List<Node> lines = new ArrayList<>(List.of(row));
        if (verdictUnder) {
            List<Node> under = new ArrayList<>(List.of(summary, secondSpacer));
            under.addAll(List.of(right));
            if (!second.getChildren().equals(under)) {
                second.getChildren().setAll(under);
            }
            lines.add(second);
        } else {
            first.add(beside ? summary : spacer);
            first.addAll(List.of(right));
            if (!beside) {
                lines.add(summary);
            }
        }
        if (!row.getChildren().equals(first)) {
            second.getChildren().removeAll(first);
            getChildren().removeAll(first);
            row.getChildren().setAll(first);
        }
        if (!getChildren().equals(lines)) {
            row.getChildren().removeAll(lines);
            second.getChildren().removeAll(lines);
            getChildren().setAll(lines);
        }
    }

    /** Whether the verdict stands under the title, beside the summary (the title alone fills the first line). */
    boolean verdictUnder() {
        return second.getParent() == this;
    }
}
