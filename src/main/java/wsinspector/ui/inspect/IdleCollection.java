package wsinspector.ui.inspect;

/**
 * One collection of the heap while the window waits for a file, once its warm-up is over (the rehearsed first view
 * let go). The start-up leaves garbage and, on a cold JVM, a concurrent cycle begun when the loaded classes passed
 * the metaspace's first threshold: its mixed collections then fell in the first seconds of a capture's reading, on
 * top of the first view's FX tasks (pauses of 45-90 ms with 2 cores; the FX thread's longest stall was the two
 * together, 105-133 ms). Collected while nothing is shown, the heap is small (20-40 MB) and the pause is spent
 * where nobody waits; the reading's own collections are then short young ones. The rehearsal calls it only when no
 * first view began and no file was opened since its own (the pause would then fall on a person's view).
 */
final class IdleCollection {
    private IdleCollection() {
    }

    /** Collects on a daemon thread of its own (the FX thread goes on to draw until the pause). */
    static void afterWarmUp() {
        Thread t = new Thread(System::gc, "wsinspector-idle-collection");
        t.setDaemon(true);
        t.start();
    }
}
