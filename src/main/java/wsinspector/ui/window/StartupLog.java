package wsinspector.ui.window;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javafx.scene.Scene;

/**
 * With {@code -Dwsinspector.startupLog=true}, prints how long the window took to appear: from the
 * start of the JVM (before main) and from {@link Launcher#launch} to the first frame drawn, with
 * the phases in between.
 */
final class StartupLog {
    static final String PROPERTY = "wsinspector.startupLog";

    private StartupLog() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Notes a phase (milliseconds since launch). */
    static void mark(String phase) {
        if (enabled()) {
            System.err.println("startup: " + phase + " at " + sinceLaunchMs() + " ms");
        }
    }

    static void onFirstFrame(Scene scene) {
        if (!enabled()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Optional<Instant> jvmStart = ProcessHandle.current().info().startInstant();
            String sinceJvm = jvmStart.map(s -> Duration.between(s, Instant.now()).toMillis() + " ms after the JVM started, ")
                    .orElse("");
            System.err.println("startup: first frame " + sinceJvm + sinceLaunchMs() + " ms after Launcher.launch");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static long sinceLaunchMs() {
        return (System.nanoTime() - Launcher.launchedNanos()) / 1_000_000;
    }
}
