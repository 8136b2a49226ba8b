package wsinspector.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs something on the FX thread once the scene's next pulse has styled and laid it out (what was changed is drawn),
 * in an FX task of its own after that pulse: work handed on this way never shares a pulse, nor the FX task before
 * it, with the work that handed it on (on a big capture's first screen each was 20-60 ms of the FX thread).
 */
public final class AfterPulse {
    private AfterPulse() {
    }

    /** Right away when there is no scene (a window not shown draws nothing to wait for). FX thread. */
    public static void run(Scene scene, Runnable action) {
        if (scene == null) {
            action.run();
            return;
        }
        after(scene, action);
    }

    /**
     * After the scene's next pulse when its window is showing; in the next FX task when it is not (a scene that is never
     * drawn, such as a rehearsal's, has no pulses) or when there is no scene. FX thread.
     */
    public static void next(Scene scene, Runnable action) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(action);
            return;
        }
        after(scene, action);
    }

    private static void after(Scene scene, Runnable action) {
        boolean[] done = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                // after the pulse, not in it: its listeners may not be removed while it runs them
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
