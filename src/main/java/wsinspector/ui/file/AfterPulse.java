package wsinspector.ui.file;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something on the FX thread once the scene's next pulse has styled and laid it out (what was changed is drawn). */
final class AfterPulse {
    private AfterPulse() {
    }

    /** Right away when there is no scene (a window not shown draws nothing to wait for). FX thread. */
    static void run(Scene scene, Runnable action) {
        if (scene == null) {
            action.run();
            return;
        }
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
