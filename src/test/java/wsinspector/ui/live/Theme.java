package wsinspector.ui.live;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window's theme for the GUI tests, set once per JVM (parsing it again for every test costs seconds). */
final class Theme {
    private static boolean applied;

    private Theme() {
    }

    /** Call on the FX thread. */
    static void apply() {
        if (!applied) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            applied = true;
        }
    }
}
