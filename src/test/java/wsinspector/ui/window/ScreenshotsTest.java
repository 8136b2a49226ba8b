package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * The README's pictures, rendered headless at 1280×800. Always written to target/screenshots/;
 * also to screenshots/ with {@code -Dscreenshots.update=true}:
 * {@code mvn -B -o -q test -Dtest='wsinspector.ui.window.ScreenshotsTest' -Dscreenshots.update=true}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    private static final Path TARGET = Path.of("target", "screenshots");
    private static final Path README = Path.of("screenshots");
    private MainWindow window;

    @org.junit.jupiter.api.AfterEach
    void stopLiveSession() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
    }

    /** A live conversation on loopback: the echo server running, the client connected, "Hello" echoed. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void mainWindowMidConversation() throws Exception {
        LiveWindowTest.talkToTheEchoServer(window);
        select(2, "bits");
        shoot("main-window", 2, "bits", I18n.ENGLISH);
    }

    @Test
    void handshakeView() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        select(1, "handshake");
        enlargeTabs(); // as a lecturer does (Ctrl+M) to show the handshake whole
        shoot("handshake", 1, "handshake", I18n.ENGLISH);
    }

    @Test
    void frameByteByByte() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        select(2, "masking");
        shoot("frame-bytes", 2, "masking", I18n.ENGLISH);
    }

    /** The handshake and the frame in Russian, for README.ru.md. */
    @Test
    void handshakeAndFrameInRussian() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        select(2, "masking");
        shoot("frame-bytes-ru", 2, "masking", I18n.RUSSIAN);
        select(1, "handshake");
        enlargeTabs();
        shoot("handshake-ru", 1, "handshake", I18n.RUSSIAN);
    }

    @Test
    void legacyComparison() throws Exception {
        WindowFixture.open(window, SampleDumps.HIXIE76);
        select(2, "legacy");
        enlargeTabs();
        shoot("legacy-comparison", 2, "legacy", I18n.ENGLISH);
    }

    @Test
    void russianStepMode() throws Exception {
        russianStepsOnTheNotes(4);   // the step after the accept key: masking
        selectTab("masking");
        shoot("russian-step-mode", 2, "masking", I18n.RUSSIAN);
    }

    /** Step mode on the accept key, in Russian: the computation the step explains whole under its whole lesson. */
    @Test
    void russianStepModeOnTheAcceptKey() throws Exception {
        russianStepsOnTheNotes(3);   // the answer's second page: its accept key
        WaitForAsyncUtils.waitForFxEvents();
        shoot("russian-step-accept", 1, "handshake", I18n.RUSSIAN);
    }

    /** Projector mode (F11) mid-lecture: the handshake stepped through, the answer on screen with its lesson, in Russian. */
    @Test
    void projectorModeSteppingTheHandshake() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            window.modes().projectorProperty().set(true);
            window.modes().start(Activity.STEPS);
            window.steps().next();
            window.steps().next();
            window.steps().next();   // the answer's second page: how the server proves it understood
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.fontPx() >= 24, "large type");
        // the computation the lesson talks about whole under it, beside the timeline (it was the lesson alone)
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            window.root().applyCss();
            window.root().layout();
            return InSight.viewOutside(window, "handshake", "proof", 1280, 800, "F11 step").isEmpty();
        }).get());
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(window.stepPanel().getScene() != null, "the lesson is shown");
            assertTrue(stepArrowWhollyShown(), "the step's arrow whole beside the view");
            assertTrue(!window.stepPanel().lessonScrolls(), "the lesson whole");
        }).get();
        shoot("projector-step-handshake", 1, "handshake", I18n.RUSSIAN);
    }

    /**
     * Live step mode (Shift+F5) mid-lecture, in Russian, against the window's own echo server: the stepper's card at
     * «проверка ключа» in its column, the answer's accept computation it explains whole beside it.
     */
    @Test
    @org.junit.jupiter.api.Timeout(90)
    void liveStepModeOnTheAcceptKeyInRussian() throws Exception {
        wsinspector.ui.live.LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            window.liveSlots().serverPane().model().start();
        }).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.LIVE_STEPPER)).get();
        WaitForAsyncUtils.waitForFxEvents();
        wsinspector.ui.live.LiveStepper stepper = window.liveSlots().stepPane().stepper();
        for (int i = 0; i < 10 && !atTheAcceptKey(stepper); i++) {
            int before = stepper.cursorProperty().get();
            WaitForAsyncUtils.asyncFx(stepper::next).get();
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        }
        assertTrue(atTheAcceptKey(stepper), "stepped to the accept key");
        // the inspector's view comes in parts, one FX task each: shot once the computation stands whole
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            window.root().applyCss();
            window.root().layout();
            return InSight.viewOutside(window, "handshake", "proof", 1280, 800, "live step").isEmpty();
        }).get());
        shoot("live-step-accept-ru", 1, "handshake", I18n.RUSSIAN);
    }

    private static boolean atTheAcceptKey(wsinspector.ui.live.LiveStepper stepper) {
        wsinspector.ui.live.LiveStepper.Step now = stepper.currentProperty().get();
        return now != null && now.kind() == wsinspector.net.StepKind.VERIFY_ACCEPT;
    }

    /** Projector mode (F11) on a capture: the timeline and the handshake's explanation, in English. */
    @Test
    void projectorModeOnACapture() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        select(3, "payload");
        WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().set(true)).get();
        shoot("projector-mode", 3, "payload", I18n.ENGLISH);
    }

    /** The same in Russian, for README.ru.md: no English on the Russian page. */
    @Test
    void projectorModeOnACaptureInRussian() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        select(3, "payload");
        WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().set(true)).get();
        shoot("projector-mode-ru", 3, "payload", I18n.RUSSIAN);
    }

    /** As {@link #shoot}, for projector mode in step mode: the lesson under the timeline, no inspector. */
    /** Whether the selected message's arrow shows whole: inside the window and every pane's clip around it. */
    private boolean stepArrowWhollyShown() {
        for (javafx.scene.Node n : window.timeline().list().lookupAll(".list-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && !c.isEmpty()
                    && c.getItem() == window.session().selected()) {
                return InSight.outside(c, 1280, 800) == null;
            }
        }
        return false;
    }

    /** The arrows shown whose label is not what the window's language makes of their message (a cell not redrawn). */
    private java.util.List<String> staleArrows() {
        java.util.List<String> stale = new java.util.ArrayList<>();
        for (javafx.scene.Node n : window.timeline().list().lookupAll(".arrow-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && !c.isEmpty()
                    && c.getItem() instanceof wsinspector.dissect.Message m) {
                String label = wsinspector.ui.timeline.ArrowLabels.label(m, window.i18n());
                if (c.getAccessibleText() == null || !c.getAccessibleText().startsWith(label)) {
                    stale.add(c.getAccessibleText() + " instead of " + label);
                }
            }
        }
        return stale;
    }

    /** Not in the README: the frame builder on the client's side. */
    @Test
    void frameBuilderInTheWindow() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.FRAME_BUILDER)).get();
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get();
        assertTrue(Snapshots.distinctColours(image) > 20);
        Snapshots.write(image, TARGET.resolve("frame-builder.png"));
    }

    /**
     * Not in the README: a second window on a full-HD scene, a file open. The headless screen is
     * 1280×800, so this scene is rendered off the stage.
     */
    @Test
    void fullHdScene() throws Exception {
        MainWindow big = WaitForAsyncUtils.asyncFx(() -> new MainWindow(new I18n(I18n.ENGLISH), new Session())).get();
        try {
            javafx.scene.Scene scene = WaitForAsyncUtils.asyncFx(() -> big.createScene(1920, 1080)).get();
            WindowFixture.open(big, SampleDumps.COURSE_NOTES);
            WaitForAsyncUtils.asyncFx(() -> big.session().select(big.timeline().messages().get(2))).get();
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(scene)).get();
            assertEquals(1920, image.getWidth());
            assertTrue(big.modes().panesHiddenProperty().get(), "a file opens in the focus layout");
            Snapshots.write(image, TARGET.resolve("full-hd.png"));
        } finally {
            WaitForAsyncUtils.asyncFx(big::close).get();
        }
    }

    /** Not in the README: the smallest size the window is made for, 1024×700. */
    @Test
    void smallWindowStaysUsable() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.stage.Window stage = window.root().getScene().getWindow();
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        select(2, "bits");
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get();
        Snapshots.write(image, TARGET.resolve("small-window.png"));
        assertTrue(window.timeline().getWidth() > 400, "the timeline keeps room for its labels: " + window.timeline().getWidth());
        assertTrue(window.timeline().list().getHeight() > 120, "and for a few arrows: " + window.timeline().list().getHeight());
    }

    /** Not in the README: the dark theme, zoomed in for a projector, to judge contrast. */
    @Test
    void darkThemeZoomedIn() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            window.darkProperty().set(true);
            window.zoom().set(22);
        }).get();
        select(6, "payload");
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get();
        WaitForAsyncUtils.asyncFx(() -> window.darkProperty().set(false)).get();
        assertTrue(Snapshots.distinctColours(image) > 20);
        Snapshots.write(image, TARGET.resolve("dark-zoomed.png"));
    }

    private void select(int index, String tabId) throws Exception {
        // A live conversation may still move the selection (following its tail) just after it arrives:
        // select again until the inspector shows the wanted message with its tabs.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            wsinspector.dissect.Message wanted = WaitForAsyncUtils.asyncFx(() -> {
                wsinspector.dissect.Message m = window.timeline().messages().get(index);
                window.session().select(m);
                return m;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            return window.session().selected() == wanted && window.inspector().lookup(".inspector-tabs") != null;
        });
        selectTab(tabId);
    }

    private void enlargeTabs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.modes().tabsEnlargedProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTab(String tabId) throws Exception {
        // the inspector's first view comes in parts, one FX task each, the tabs in its last (a loaded machine: seconds)
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.inspector().lookup(".inspector-tabs") != null).get());
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            assertEquals(tabId, tabs.getSelectionModel().getSelectedItem().getId());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Renders the scene after checking that it shows what the picture claims: the message and tab,
     * the language of the menus and the tab, no dialog over the window, nothing cut or scrolling sideways.
     */
    private void shoot(String name, int message, String tabId, java.util.Locale language) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // written first: a picture that fails its checks is the evidence of what went wrong
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get();
        Snapshots.write(image, TARGET.resolve(name + ".png"));
        WaitForAsyncUtils.asyncFx(() -> {
            I18n expected = new I18n(language);
            assertEquals(language, window.i18n().locale(), name + ": the window's language");
            javafx.scene.control.MenuBar menus = (javafx.scene.control.MenuBar) window.root().getTop();
            assertEquals(expected.t("menu.file"), menus.getMenus().get(0).getText(), name + ": the menus' language");
            wsinspector.dissect.Message shown = window.inspector().messageProperty().get();
            assertEquals(window.timeline().messages().get(message), shown, name + ": the message inspected");
            TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
            javafx.scene.control.Tab tab = tabs.getSelectionModel().getSelectedItem();
            assertEquals(tabId, tab.getId(), name + ": the tab");
            boolean cyrillic = tab.getText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            assertEquals(I18n.RUSSIAN.equals(language), cyrillic, name + ": the tab's language: " + tab.getText());
            long windows = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count();
            assertEquals(1, windows, name + ": no dialog over the window");
            window.root().applyCss();
            window.root().layout();
            assertEquals(java.util.List.of(), LayoutProblems.in(window.root()), name + ": nothing cut");
            assertEquals(java.util.List.of(), staleArrows(), name + ": arrows in the window's language");
        }).get();
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        if (Boolean.getBoolean("screenshots.update")) {
            Snapshots.write(image, README.resolve(name + ".png"));
        }
    }

    /** Opens the notes' sample in Russian step mode and steps {@code steps} times. */
    private void russianStepsOnTheNotes(int steps) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            window.modes().start(Activity.STEPS);
            for (int i = 0; i < steps; i++) {
                window.steps().next();
            }
        }).get();
    }
}
