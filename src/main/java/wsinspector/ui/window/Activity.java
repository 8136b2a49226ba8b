package wsinspector.ui.window;

/**
 * What the window is doing; one at a time ({@link WindowModel}). The client is the rest state: the
 * others end by going back to it.
 */
public enum Activity {
    /** The live client in the client's place: connect and send by hand. */
    CLIENT(false, false),
    /** Step mode over the conversation on screen (F5): one message at a time, with its lesson. */
    STEPS(false, true),
    /** The live stepper in the client's place (Shift+F5): a new connection walked one step at a time. */
    LIVE_STEPPER(true, true),
    /** The frame builder in the client's place (Ctrl+B): a frame made bit by bit, broken ones too. */
    FRAME_BUILDER(true, false),
    /**
     * A guided lesson (ui/lesson): it drives the live client and server itself, so their panes step aside for
     * the timeline, the lesson and the inspector (Ctrl+H brings them back).
     */
    LESSON(false, true);

    private final boolean live;
    private final boolean explains;

    Activity(boolean live, boolean explains) {
        this.live = live;
        this.explains = explains;
    }

    /** It works on the live client and server, so it needs them on screen. */
    public boolean live() {
        return live;
    }

    /** It has its own explanation, which projector mode keeps beside the timeline. */
    public boolean explains() {
        return explains;
    }
}
