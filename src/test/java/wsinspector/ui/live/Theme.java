package wsinspector.ui.live;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window's theme for the GUI tests, set once per JVM (parsing it again for every test costs seconds). */
final class Theme {
    private static boolean applied;

    private Theme() {
    }

    /** The light theme, the tests' default. Call on the FX thread. */
    static void apply() {
        if (!applied) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            applied = true;
        }
    }

    /** Renders {@code work} in the dark theme, then goes back to the light one. Call on the FX thread. */
    static void inDark(Runnable work) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        try {
            work.run();
        } finally {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
    }
}
