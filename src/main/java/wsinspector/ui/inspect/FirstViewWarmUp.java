package wsinspector.ui.inspect;

/** What the window tells the inspector's warm-up (see {@link FirstViewRehearsal}). FX thread. */
public final class FirstViewWarmUp {
    private FirstViewWarmUp() {
    }

    /**
     * A file is being opened: a rehearsal of the first view still under way stops now, not when the file's first view
     * begins, so that the reading's first hand-overs and the timeline's first rows do not share the FX thread with it.
     */
    public static void fileOpening() {
        FirstView.stopRehearsal();
    }
}
