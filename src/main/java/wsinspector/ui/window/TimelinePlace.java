package wsinspector.ui.window;

/**
 * Where the timeline stands while a step's lesson stands beside it (F5 step mode, the guided lesson) and the step
 * names an inspector view that must show whole (the accept computation, the masking table, the header's bits). The
 * class must still see which arrow the step is about: at 1280×800 the timeline used to step aside altogether for the
 * lesson and the view, and the arrow discussed was nowhere on screen.
 */
enum TimelinePlace {
    /** Beside the step's lesson, above the inspector: the usual place. */
    BESIDE_LESSON,
    /**
     * At the left of the inspector, under the lesson that takes the band's width (and so fewer lines): the view a
     * step names leaves room at its side (the computation's rows, the XOR table are narrower than the window), and the
     * timeline there keeps the step's arrow and the arrows before it in view.
     */
    BESIDE_VIEW,
    /** Stepped aside: not even beside the view do the lesson and the view fit the height (zoomed in far). */
    AWAY;

    /**
     * Where the timeline goes when the lesson beside it and the view whole do not fit the height: beside the view
     * when the lesson at the band's width and the view beside the timeline fit, else away.
     *
     * @param height          the window's height for the bands
     * @param lessonWide      the lesson's height at the band's width
     * @param inspectorBeside the inspector's least height with the timeline at the left of its parts
     * @param room            what the divider and the rounding take
     */
    static TimelinePlace besideViewOrAway(double height, double lessonWide, double inspectorBeside, double room) {
        return lessonWide + inspectorBeside + room <= height ? BESIDE_VIEW : AWAY;
    }
}
