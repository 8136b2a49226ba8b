package wsinspector.ui.window;

/**
 * How the upper band's width is shared between the live panes (the client's place at the left, the server at the
 * right) and the timeline between them when the type grows. The panes' forms are laid out in em: at the default type
 * they fit their share of a 1280 px window, zoomed in they do not, and a share of the width that stays put made them
 * scroll sideways and cut their labels. So each pane gets at least {@link #PANE_EM} of the type, the timeline the
 * rest; where the timeline would then get less than {@link #TIMELINE_EM}, the server folds away (its address and
 * connections are in the timeline's selector and arrows), and then the client's place too: a zoomed window shows
 * fewer parts whole rather than every part cut.
 *
 * @param client  whether the client's place is in the band
 * @param server  whether the server is in the band
 * @param dividers the band's divider positions, left to right
 */
record SideShares(boolean client, boolean server, double[] dividers) {
    /** A live pane's least width in em: its share of a 1280 px window at the default 16 px type (0.27 × 80 em). */
    static final double PANE_EM = 21.5;
    /** The timeline's least width in em: "101 Switching Protocols" over an arrow between its two lifelines. */
    static final double TIMELINE_EM = 26;

    /**
     * The shares for a band {@code width} px wide in {@code em} px type.
     *
     * @param wanted the dividers as they would stand at any type (the default shares or a person's drag), for the
     *               parts asked for: client and server, or only one of them
     */
    static SideShares of(double width, double em, boolean client, boolean server, double[] wanted) {
        if (width <= 0 || em <= 0 || !(client || server)) {
            return new SideShares(client, server, wanted);
        }
        double pane = Math.min(1, PANE_EM * em / width);
        double timeline = TIMELINE_EM * em / width;
        if (client && server && 2 * pane + timeline > 1) {
            return of(width, em, true, false, new double[] {wanted[0]});
        }
        if (pane + timeline > 1) {
            return new SideShares(false, false, new double[0]);
        }
        if (client && server) {
            double left = Math.max(pane, wanted[0]);
            double right = Math.min(1 - pane, wanted[1]);
            if (right - left < timeline) {
                // the timeline keeps its least; the panes give up what they have over theirs, alike
                double over = (timeline - (right - left)) / 2;
                left = Math.max(pane, left - over);
                right = left + Math.max(timeline, right + over - left);
            }
            return new SideShares(true, true, new double[] {left, right});
        }
        double at = wanted.length > 0 ? wanted[0] : client ? pane : 1 - pane;
        return new SideShares(client, server, new double[] {client ? Math.max(pane, Math.min(1 - timeline, at))
                : Math.min(1 - pane, Math.max(timeline, at))});
    }
}
