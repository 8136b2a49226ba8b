package wsinspector.ui.window;

/**
 * What the window shows, derived from its model ({@link WindowModel#layout()}): which pane is in the
 * client's place, whether the server, the step panel, the inspector and the status bar are there,
 * whether the inspector's tabs fill it, and whether the type is large (projector mode).
 *
 * @param clientSide        what the client's place shows
 * @param server            the echo server at the right
 * @param stepPanel         the step panel (counter, Back, Next, the lesson) by the timeline; in a guided
 *                          lesson, the lesson's panel in its place
 * @param inspector         the inspector under the timeline
 * @param inspectorEnlarged the inspector's tabs without the hex view and the field tree
 * @param statusBar         the status line at the bottom (not in step mode over a capture, nor projector mode)
 * @param largeType         projector mode's large type
 */
public record Layout(ClientSide clientSide, boolean server, boolean stepPanel, boolean inspector,
                     boolean inspectorEnlarged, boolean statusBar, boolean largeType) {

    /**
     * Whether the step panel stands beside the timeline rather than under it: with the live panes hidden, so that the
     * inspector under both keeps the height its views need (step mode in projector mode too). With no inspector, the
     * lesson in large type takes the width under the timeline.
     */
    public boolean stepBeside() {
        return stepPanel && inspector && clientSide == ClientSide.HIDDEN && !server;
    }

    /**
     * Live step mode in projector mode: the stepper's card takes step mode's place in projector mode, across the width
     * over the inspector, the timeline beside the view the step talks about (as {@link #stepBeside()} in projector
     * mode). Its card at the left of the timeline in large type had the accept computation scrolled under the fold.
     */
    public boolean stepperCard() {
        return clientSide == ClientSide.LIVE_STEPPER && inspector && largeType;
    }

    /** Whether a step's lesson (step mode's panel, or the live stepper's card) stands in the band over the inspector. */
    boolean lessonInBand() {
        return stepBeside() || stepperCard();
    }

    /** What the client's place (left) shows. */
    public enum ClientSide { HIDDEN, CLIENT, LIVE_STEPPER, FRAME_BUILDER }

    /**
     * The one rule for what is on screen. Hidden panes (Ctrl+H) leave the timeline the band's width;
     * projector mode keeps the timeline and the activity's own explanation (the step panel, the live
     * stepper) or, when it has none, the inspector's enlarged tabs, in large type, and hides the rest. Step mode keeps
     * the inspector's tabs too, for the view its step talks about (the accept computation, the masking table): its
     * lesson names them, and without them the class saw the text of a computation and not the computation; live step
     * mode too, its card over the inspector as step mode's lesson ({@link #stepperCard()}).
     */
    static Layout of(Activity activity, boolean panesHidden, boolean projector, boolean tabsEnlarged) {
        if (projector) {
            ClientSide side = activity == Activity.LIVE_STEPPER ? ClientSide.LIVE_STEPPER : ClientSide.HIDDEN;
            boolean steps = activity == Activity.STEPS || activity == Activity.LESSON;
            // a guided lesson as step mode: its steps name views (the accept computation, the masking table) which the
            // class must see, not only the field's bytes in the lesson's line
            boolean stepping = activity == Activity.STEPS || activity == Activity.LIVE_STEPPER || activity == Activity.LESSON;
            boolean inspector = !activity.explains() || stepping;
            // the tabs not enlarged in step mode: the inspector stands the step's view alone itself (InspectorFit)
            return new Layout(side, false, steps, inspector, !stepping, false, true);
        }
        ClientSide side = panesHidden ? ClientSide.HIDDEN : switch (activity) {
            case CLIENT, STEPS, LESSON -> ClientSide.CLIENT;
            case LIVE_STEPPER -> ClientSide.LIVE_STEPPER;
            case FRAME_BUILDER -> ClientSide.FRAME_BUILDER;
        };
        boolean panel = activity == Activity.STEPS || activity == Activity.LESSON;
        // step mode over a capture: the status line (the file's name) gives its height to the step and its view
        return new Layout(side, !panesHidden, panel, true, tabsEnlarged, activity != Activity.STEPS, false);
    }
}
