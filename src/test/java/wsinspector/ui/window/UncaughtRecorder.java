package wsinspector.ui.window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Records what is thrown and not caught on the FX thread (and any other thread) while a test runs: an exception in a
 * listener is printed by JavaFX and the test would go on past it. Start in a {@code @BeforeEach}, stop in an
 * {@code @AfterEach}; each record is the thread's name and the trace's first 2,000 characters.
 */
final class UncaughtRecorder {
    private final List<String> thrown = Collections.synchronizedList(new ArrayList<>());
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler fxHandlerBefore;
    private Thread.UncaughtExceptionHandler defaultBefore;

    void start() throws Exception {
        Thread.UncaughtExceptionHandler record = (t, e) -> {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            thrown.add(t.getName() + ": " + text.substring(0, Math.min(2000, text.length())));
        };
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(record);
        fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
        fxHandlerBefore = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler(record);
    }

    void stop() {
        fxThread.setUncaughtExceptionHandler(fxHandlerBefore);
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
    }

    /** What was thrown so far, as recorded. */
    List<String> thrown() {
        synchronized (thrown) {
            return List.copyOf(thrown);
        }
    }
}
