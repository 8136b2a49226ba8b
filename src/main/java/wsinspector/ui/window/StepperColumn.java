package wsinspector.ui.window;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The live stepper (Shift+F5) as a column of the window's whole height at the left, the timeline and the inspector
 * one above the other at its right. In the band above the inspector the stepper's card and the view its step names
 * (the accept computation, the masking table) could not both be whole at 1280×800: the card took 500 px of the band,
 * the inspector under it showed two rows of six, while the timeline beside the card had 250 px empty under its two
 * arrows. In a column the card has the height, the timeline's band is sized by the arrows it holds, and the inspector
 * has the rest. A node has one parent: the stepper leaves the band before it joins the column, and the column before
 * it joins the band again.
 */
final class StepperColumn {
    /** The column's share of the window's width at most: its card's text in lines of about 60 characters. */
    static final double SHARE = 0.4;
    /**
     * The width in em the timeline and the inspector keep at its right: the accept computation's "key + GUID" on two
     * lines, the masking table, the handshake's hex in rows of eight beside the field tree (the header's bits stack
     * their two bytes when narrower than their sixteen boxes need).
     */
    static final double REST_EM = 49.5;
    /** The column's least width in em, when the type grows: Back, Next and "Start over" on one line. */
    static final double LEAST_EM = 24;

    private final SplitPane columns;
    private final Region stepper;
    private final Region rest;
    /** The window's width and the type the column's share was last set for. */
    private double[] sharedAt;

    /**
     * @param columns the window's centre, left to right
     * @param stepper the client's place, which holds the live stepper
     * @param rest    the band and the inspector one above the other
     */
    StepperColumn(SplitPane columns, Region stepper, Region rest) {
        this.columns = columns;
        this.stepper = stepper;
        this.rest = rest;
        columns.setId("columns");
        columns.getItems().setAll(rest);
    }

    /** Whether the layout puts the live stepper in its own column: stepping with the inspector on screen. */
    static boolean wanted(Layout layout) {
        return layout.clientSide() == Layout.ClientSide.LIVE_STEPPER && layout.inspector() && !layout.largeType();
    }

    /** Whether the stepper stands in the column now. */
    boolean there() {
        return columns.getItems().contains(stepper);
    }

    /** The stepper out of the column (before the band takes it back). */
    void takeBack() {
        if (there()) {
            columns.getItems().setAll(rest);
        }
    }

    /** The stepper in the column (it has left the band), at its share of the width or its least in this type. */
    void put(double em) {
        if (!there()) {
            columns.getItems().setAll(stepper, rest);
            sharedAt = null;
        }
        // at its share again when the window's width or the type changed (not over a person's drag otherwise)
        double[] at = {columns.getWidth(), em};
        if (!java.util.Arrays.equals(at, sharedAt)) {
            sharedAt = at;
            columns.setDividerPositions(share(columns.getWidth(), em));
        }
    }

    /**
     * The column's share of {@code width} px in {@code em} px type: what {@link #REST_EM} leaves, at most {@link #SHARE},
     * at least {@link #LEAST_EM} (zoomed in, the bits then scroll rather than the step's buttons).
     */
    static double share(double width, double em) {
        if (width <= 0 || em <= 0) {
            return SHARE;
        }
        return Math.min(0.6, Math.max(LEAST_EM * em / width, Math.min(SHARE, 1 - REST_EM * em / width)));
    }
}
