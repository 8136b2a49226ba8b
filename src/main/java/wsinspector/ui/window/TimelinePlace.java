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
    AWAY,
    /**
     * Under the lesson, across the width, where the inspector stands later: step mode's opening, nothing sent yet and
     * nothing to inspect (the lesson beside the timeline left some 565 px of its panel empty under its text at
     * 1280×800, S4); the timeline's own words say the first message appears there.
     */
    UNDER_LESSON;

    /**
     * Where the timeline stands for a step that names a view: beside the lesson unless the lesson at the width beside
     * the timeline with the inspector's least (that view whole) is more than the height; then beside the view when the
     * lesson at the band's width and the view beside the timeline fit, else away. Measured at the shares the parts
     * would have, not the bands as they stand, so that a move does not undo itself. The inspector's least is asked
     * last at the width it will have (it keeps that as its own least).
     *
     * @param height        the window's height for the bands
     * @param width         the window's width
     * @param em            the type's size in px
     * @param besideLesson  the timeline's share of the band beside the lesson
     * @param besideView    the timeline's share of the inspector's width beside the view
     * @param lesson        the lesson's height at a width, with its slack
     * @param inspector     the inspector's least height at a width with a share of it for the timeline
     */
    static TimelinePlace of(double height, double width, double em, double besideLesson, double besideView,
                            java.util.function.DoubleUnaryOperator lesson,
                            java.util.function.DoubleBinaryOperator inspector) {
        if (width <= 0) {
            return BESIDE_LESSON;
        }
        double inspectorWide = inspector.applyAsDouble(width, 0);
        if (lesson.applyAsDouble(Math.max(100, width * (1 - besideLesson))) + inspectorWide + em <= height) {
            return BESIDE_LESSON;
        }
        // the divider under the band and the rounding: half a line (the lesson's slack holds the band's own divider)
        if (lesson.applyAsDouble(width) + inspector.applyAsDouble(width, besideView) + em / 2 <= height) {
            return BESIDE_VIEW;
        }
        inspector.applyAsDouble(width, 0);
        return AWAY;
    }
}
