package wsinspector.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import wsinspector.dissect.Direction;

/**
 * One row of the sequence diagram: the two lifelines, an arrow between them in the message's
 * direction, its label above the arrow, its number at the left and a red badge with the count of
 * problems. Colours come from app.css through the kind's style class.
 */
final class ArrowRow extends Region {
    /** Where the lifelines stand, as fractions of the width (the header uses the same). */
    static final double CLIENT_X = 0.10;
    static final double SERVER_X = 0.90;
    /** The smallest a label too long for its row is drawn, of its type: still read from the back row. */
    static final double LEAST_SCALE = 0.8;

    private final Line clientLine = new Line();
    private final Line serverLine = new Line();
    private final Line shaft = new Line();
    private final Polygon head = new Polygon();
    private final Label text = new Label();
    private final Label number = new Label();
    private final Label badge = new Label();
    private final Label time = new Label();
    private String labelFull = "";
    private String labelShort = "";
    private String timeFull = "";
    private String timeShort = "";
    private Direction direction = Direction.CLIENT_TO_SERVER;
    private String kindClass;

    ArrowRow() {
        getStyleClass().add("arrow-row");
        clientLine.getStyleClass().add("lifeline");
        serverLine.getStyleClass().add("lifeline");
        shaft.getStyleClass().add("shaft");
        head.getStyleClass().add("head");
        text.getStyleClass().add("arrow-label");
        number.getStyleClass().add("arrow-number");
        badge.getStyleClass().add("problem-badge");
        badge.setVisible(false);
        time.getStyleClass().addAll("arrow-number", "arrow-time");
        time.setVisible(false);
        text.setMinWidth(0);
        getChildren().addAll(clientLine, serverLine, shaft, head, number, text, badge, time);
        setMinWidth(0);
    }

    /** @param compact the label in its shortest words, drawn where the label is too long even in smaller type */
    void show(int index, Direction dir, String label, String compact, ArrowKind kind, int problems) {
        this.direction = dir;
        number.setText(Integer.toString(index + 1));
        labelFull = label;
        labelShort = compact == null ? label : compact;
        text.setText(label);
        badge.setText(Integer.toString(problems));
        badge.setVisible(problems > 0);
        String newClass = kind.styleClass();
        if (!newClass.equals(kindClass)) {
            if (kindClass != null) {
                getStyleClass().remove(kindClass);
            }
            getStyleClass().add(newClass);
            kindClass = newClass;
        }
        requestLayout();
    }

    /**
     * The time right of the server's lifeline: {@code full} where it fits, else {@code compact}; none when
     * both are null (a live connection, a dump without times).
     */
    void showTime(String full, String compact) {
        timeFull = full == null ? "" : full;
        timeShort = compact == null ? timeFull : compact;
        time.setVisible(!timeFull.isEmpty());
        time.setText(timeFull);
    }

    Label timeLabel() {
        return time;
    }

    Label textLabel() {
        return text;
    }

    Label badgeLabel() {
        return badge;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double left = Math.round(w * CLIENT_X) + 0.5;
        double right = Math.round(w * SERVER_X) + 0.5;
        double y = Math.round(h * 0.76) + 0.5;
        double size = Math.max(6, text.getFont().getSize() * 0.55);

        vertical(clientLine, left, h);
        vertical(serverLine, right, h);

        boolean toServer = direction == Direction.CLIENT_TO_SERVER;
        double tip = toServer ? right - 1 : left + 1;
        double base = toServer ? tip - size * 1.6 : tip + size * 1.6;
        shaft.setStartX(toServer ? left : right);
        shaft.setEndX(base);
        shaft.setStartY(y);
        shaft.setEndY(y);
        head.getPoints().setAll(tip, y, base, y - size * 0.75, base, y + size * 0.75);

        double numberW = number.prefWidth(-1);
        double numberH = number.prefHeight(-1);
        double badgeW = badge.isVisible() ? badge.prefWidth(-1) + size * 0.5 : 0;
        // between the lifelines; a label longer than that (a narrow timeline beside the projector's stepper) spans
        // over them, up to the row's edges with the number kept clear, before it is cut
        double between = right - left - 2 * size - badgeW;
        double across = w - 2 * (numberW + size) - badgeW;
        double room = Math.max(between, across);
        // a time too long for the strip right of the server's lifeline (a narrow timeline: beside the step's lesson,
        // in projector mode's type) stands over the arrow's head at the row's right edge, whole («0.…» was cut there):
        // the label keeps clear of it: between the number and the time, moved left of the centre where it must
        double timeW = time.isVisible() ? timeWidth(right + size * 0.6, w) : 0;
        boolean timeAbove = time.isVisible() && timeW > w - (right + size * 0.6) - 2;
        double labelRight = timeAbove ? w - 2 - timeW - size * 0.5 : w;
        if (timeAbove) {
            room = Math.min(room, labelRight - (numberW + size) - badgeW);
        }
        // a label still too long (a ping with FIN 0 beside a lesson's text: «…(FIN 0, продолж…») is drawn a little
        // smaller, down to LEAST_SCALE, and in its shortest words where that is not enough, before it is cut: the row
        // keeps its one line and its height (S5)
        text.setText(labelFull);
        double natural = text.prefWidth(-1);
        if (natural * LEAST_SCALE > room && !labelShort.equals(labelFull)) {
            text.setText(labelShort);
            natural = text.prefWidth(-1);
        }
        double scale = natural > room && room > 0 ? Math.max(LEAST_SCALE, room / natural) : 1;
        double labelW = Math.min(natural, room / scale);
        double labelH = text.prefHeight(labelW);
        double shownW = labelW * scale;
        double shownH = labelH * scale;
        double shownX = (left + right - shownW - badgeW) / 2;
        if (timeAbove) {
            shownX = Math.max(numberW + size, Math.min(shownX, labelRight - shownW - badgeW));
        }
        double shownBottom = y - size * 0.35;
        text.setScaleX(scale);
        text.setScaleY(scale);
        // a scale is about the label's centre: placed so that what shows stands where an unscaled label would
        text.resizeRelocate(shownX - (labelW - shownW) / 2, shownBottom - shownH / 2 - labelH / 2, labelW, labelH);
        if (badge.isVisible()) {
            double bh = badge.prefHeight(-1);
            badge.resizeRelocate(shownX + shownW + size * 0.5, shownBottom - shownH / 2 - bh / 2, badge.prefWidth(-1), bh);
        }
        number.resizeRelocate(Math.max(2, left - numberW - size * 0.6), y - numberH / 2, numberW, numberH);
        if (time.isVisible()) {
            double th = time.prefHeight(-1);
            if (timeAbove) {
                time.resizeRelocate(w - 2 - timeW, Math.max(0, shownBottom - shownH / 2 - th / 2), timeW, th);
            } else {
                time.resizeRelocate(right + size * 0.6, y - th / 2, timeW, th);
            }
        }
    }

    /**
     * The time's width, its text set: the full time right of the server's lifeline (from {@code x}) where it fits, as
     * the number is left of the client's; else the shorter one, whole (placed over the arrow's head where it does not
     * fit beside the lifeline either).
     */
    private double timeWidth(double x, double w) {
        time.setText(timeFull);
        if (time.prefWidth(-1) > w - x - 2) {
            time.setText(timeShort);
        }
        return Math.min(time.prefWidth(-1), Math.max(0, w - 4));
    }

    private static void vertical(Line line, double x, double h) {
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(0);
        line.setEndY(h);
    }

    @Override
    protected double computePrefHeight(double width) {
        return text.getFont().getSize() * 2.6;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }
}
