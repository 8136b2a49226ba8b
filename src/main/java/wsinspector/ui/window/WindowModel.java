package wsinspector.ui.window;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which mode the window is in, and what that puts on screen. One {@link Activity} at a time (the
 * client, step mode, the live stepper, the frame builder); beside it three switches of the
 * presentation: the client and server hidden (Ctrl+H), the inspector's tabs enlarged (Ctrl+M),
 * projector mode. What excludes what is said once, in {@link #start(Activity)} and the projector's
 * listener; what is shown follows from it in {@link Layout#of}. Plain model, no controls: the window
 * applies {@link #layoutProperty()}; FX thread only.
 */
public final class WindowModel {
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(this, "activity", Activity.CLIENT);
    private final BooleanProperty panesHidden = new SimpleBooleanProperty(this, "panesHidden");
    private final BooleanProperty tabsEnlarged = new SimpleBooleanProperty(this, "tabsEnlarged");
    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
    private final BooleanProperty conversationShown = new SimpleBooleanProperty(this, "conversationShown");
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    public WindowModel() {
        projector.addListener((obs, old, now) -> {
            if (now && activity.get() == Activity.FRAME_BUILDER) {
                activity.set(Activity.CLIENT);   // a form to fill in is no slide
            }
        });
        conversationShown.addListener((obs, old, now) -> {
            if (!now) {
                end(Activity.STEPS);
                nothingOpened();
            }
        });
        for (Observable o : new Observable[] {activity, panesHidden, tabsEnlarged, projector}) {
            o.addListener(x -> relayout());
        }
        relayout();
    }

    private void relayout() {
        layout.set(Layout.of(activity.get(), panesHidden.get(), projector.get(), tabsEnlarged.get()));
    }

    /**
     * Starts an activity, ending the one before. Step mode needs a conversation on screen (refused,
     * false, without one). A live activity (the live stepper, the frame builder) brings the client and
     * the server back; the frame builder, a form, also ends projector mode.
     */
    public boolean start(Activity next) {
        if (next == Activity.STEPS && !conversationShown.get()) {
            return false;
        }
        if (next.live()) {
            panesHidden.set(false);
        }
        if (next == Activity.FRAME_BUILDER) {
            projector.set(false);
        }
        if (next == Activity.LESSON) {
            panesHidden.set(true);   // the lesson drives client and server: their room goes to what it shows
        }
        activity.set(next);
        return true;
    }

    /** Ends the activity if it is on: the window goes back to the client. */
    public void end(Activity which) {
        if (activity.get() == which) {
            activity.set(Activity.CLIENT);
        }
    }

    /** On if off, off if on (a menu's check item, a key). */
    public void toggle(Activity which) {
        if (isOn(which)) {
            end(which);
        } else {
            start(which);
        }
    }

    public boolean isOn(Activity which) {
        return activity.get() == which;
    }

    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Another conversation came on screen: step mode, which walked the old one, ends. */
    public void conversationChanged() {
        conversationChanged(true);
    }

    /**
     * As {@link #conversationChanged()}, unless the old conversation had no message: there was nothing to walk (the
     * live stepper's stand-in before its first step, which gives the screen back to the file as F5 starts).
     */
    public void conversationChanged(boolean oldHadMessages) {
        if (oldHadMessages) {
            end(Activity.STEPS);
        }
    }

    /** A capture was opened: it is explained, not played with, so the inspector gets the client's and server's room. */
    public void captureOpened() {
        panesHidden.set(true);
    }

    /**
     * Nothing on screen to explain (an empty or unreadable file, first or after a capture): in the client's activity the
     * window as it starts, the client and the server back; the capture's split squeezed the welcome and its lesson
     * button into 100 px over an empty inspector (W7-9).
     */
    public void nothingOpened() {
        if (activity.get() == Activity.CLIENT && !conversationShown.get()) {
            panesHidden.set(false);
        }
    }

    /** The server started or the client connected: the live panes come back (unless a lesson did it). */
    public void liveTrafficStarted() {
        if (activity.get() == Activity.LESSON) {
            return;
        }
        panesHidden.set(false);
    }

    /** Whether a conversation is on screen, so step mode has something to walk; set by the window. */
    public BooleanProperty conversationShownProperty() {
        return conversationShown;
    }

    /** The client and server hidden (View menu, Ctrl+H). */
    public BooleanProperty panesHiddenProperty() {
        return panesHidden;
    }

    /** The inspector's tabs fill it, hex and tree hidden (View menu, Ctrl+M, a double click on a tab). */
    public BooleanProperty tabsEnlargedProperty() {
        return tabsEnlarged;
    }

    /** Projector mode (View menu, F11): the timeline and the explanation in large type, nothing else. */
    public BooleanProperty projectorProperty() {
        return projector;
    }

    /** What the window shows now. */
    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public Layout layout() {
        return layout.get();
    }
}
