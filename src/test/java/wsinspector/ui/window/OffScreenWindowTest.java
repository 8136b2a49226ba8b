package wsinspector.ui.window;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * A test of windows laid out off screen, at any size (a scene not on a stage: the headless screen is 1280×800, the
 * layout is the same at any size), with the application's theme; the last window made is closed after each test
 * method, its live session stopped. Why the theme here: it is global to the toolkit, so a test that left it out
 * measured the bare default theme when run alone and the application's after any other window test had set it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class OffScreenWindowTest {
    /** The window laid out last by {@link #offScreen}. */
    protected MainWindow window;

    @BeforeEach
    void runTheToolkit() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(stage::show).get();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(window::close).get();
        }
    }

    /**
     * Lets the window settle at this size: off screen no pulse lays the scene out between the FX tasks a step takes
     * (select the message, show it in parts, fit it, share the height), so each round lays it out by hand.
     */
    protected void settle(double width, double height) throws Exception {
        for (int round = 0; round < 4; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    window.root().resize(width, height);
                    window.root().applyCss();
                    window.root().layout();
                }
            }).get();
        }
    }

    /**
     * As {@link #settle}, for a window that waits for no other thread (a capture read, no live connection): its rounds
     * lay it out by hand until two in a row move nothing (four at least, as settle takes), one FX task each, with one
     * wait for the FX events before them, not one before each (five 10 ms sleeps: FieldTreeSqueezeTest spent most of
     * its 68 s asleep). Not for a lesson's live steps: the answer to a step's request may come during settle's waits
     * (a hixie-76 connect, LessonStepViewsTest).
     */
    protected void settleLaidOut(double width, double height) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        long before = 0;
        int alike = 0;
        for (int round = 0; round < MOST_ROUNDS && (round < LEAST_ROUNDS || alike < ALIKE_ROUNDS); round++) {
            long now = WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    window.root().resize(width, height);
                    window.root().applyCss();
                    window.root().layout();
                }
                return LayoutShape.of(window.root());
            }).get();
            alike = round > 0 && now == before ? alike + 1 : 0;
            before = now;
        }
    }

    /** Rounds a settle takes at least, at most (a layout that never settles is looked at as it is), and alike in a row. */
    private static final int LEAST_ROUNDS = 4;
    private static final int MOST_ROUNDS = 24;
    private static final int ALIKE_ROUNDS = 2;

    /**
     * Looks at what the window shows in Russian, then in English (the inspector's view comes again in each language),
     * and leaves it in Russian. {@code check} gets where it looks ({@code at} of the language) and adds what it finds to
     * {@code problems}; where it found something, the window's picture goes to target/{@code evidence}/, what the
     * class would have seen.
     *
     * @return how many looks were taken
     */
    protected int lookInBothLanguages(double width, double height, java.util.function.Function<Locale, String> at,
                                      java.util.function.Consumer<String> check, List<String> problems, String evidence)
            throws Exception {
        int looks = 0;
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            wsinspector.ui.inspect.InspectorWhole.await(window.inspector());
            settle(width, height);
            String where = at.apply(language);
            int before = problems.size();
            WaitForAsyncUtils.asyncFx(() -> check.accept(where)).get();
            if (problems.size() > before) {
                java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(
                        () -> Snapshots.render(window.root().getScene())).get();
                Snapshots.write(image, java.nio.file.Path.of("target", evidence, where.replace(' ', '-') + ".png"));
            }
            looks++;
        }
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        return looks;
    }

    /**
     * Takes a lesson to its step {@code index} as the lecturer's Next does (step 0 is where it starts) and waits until
     * the step is shown, its inspector's first view whole.
     */
    protected static void nextLessonStep(MainWindow window, wsinspector.ui.lesson.LessonRun run, int index) throws Exception {
        if (index > 0) {
            WaitForAsyncUtils.asyncFx(run::next).get();
        }
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !run.busyProperty().get()
                && run.currentProperty().get() != null && run.currentProperty().get().index() == index);
        wsinspector.ui.inspect.InspectorWhole.await(window.inspector());
    }

    /** Makes a window on the FX thread and lays it out off screen at this size; it becomes {@link #window}. */
    protected MainWindow offScreen(Supplier<MainWindow> make, double width, double height) throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            MainWindow w = make.get();
            w.createScene(width, height);
            return w;
        }).get();
        return window;
    }

    /** What a test looks at on one page of step mode; false stops the walk in this language. */
    @FunctionalInterface
    protected interface StepPage {
        boolean look(Locale language, List<String> keys, String at) throws Exception;
    }

    /**
     * Opens the course notes in a window laid out off screen at this size and walks step mode (F5) through them, in
     * Russian and then in English, letting the window settle on each page before {@code page} looks at it; the window
     * is closed after the walk.
     */
    protected void walkTheNotesSteps(double width, double height, StepPage page) throws Exception {
        walkTheNotesSteps(width, height, false, page);
    }

    /** The same, in projector mode (F11) when {@code projector}. */
    protected void walkTheNotesSteps(double width, double height, boolean projector, StepPage page) throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.ENGLISH), new Session()), width, height);
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.i18n().localeProperty().set(language);
                window.modes().projectorProperty().set(projector);
                window.modes().start(Activity.STEPS);
            }).get();
            boolean go;
            do {
                settleLaidOut(width, height);
                List<String> keys = window.steps().lessonKeys();
                go = page.look(language, keys, (int) width + "×" + (int) height + " " + language
                        + (projector ? " F11" : "") + ", " + keys);
            } while (go && WaitForAsyncUtils.asyncFx(window.steps()::next).get());
            WaitForAsyncUtils.asyncFx(() -> {
                window.modes().projectorProperty().set(false);
                window.modes().end(Activity.STEPS);
            }).get();
        }
        WaitForAsyncUtils.asyncFx(window::close).get();
        window = null;
    }
}
