package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Who waits for the inspector's first view to be whole (a capture's reading, so that the view has the processors to
 * itself): each is run once when it is, then let go. FX thread.
 */
final class OnceWhole {
    private final List<Runnable> waiting = new ArrayList<>();

    void add(Runnable action) {
        waiting.add(action);
    }

    /** Runs and lets go of everyone waiting now (one that adds itself again waits for the next time). */
    void run() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
