package wsinspector.ui.inspect;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The inspector's first view, shown once, for nobody, while the window waits for a file: an inspector of its own in a
 * scene that is never drawn (the window's style sheets, root style and size) shows the warm-up's handshake request
 * through the first view's steps (one FX task each, as for a person). On a cold JVM a person's first view paid the
 * code's first runs (compiled only after), RichTextFX's and the skins' first cells, the fonts' files: the hex view's
 * first layout alone took 59-92 ms of the FX thread, the view in front of the tabs 30-60 ms. Rehearsed, those steps
 * cost the real first view a fraction of that. A person's first view that begins meanwhile stops the rehearsal at
 * its next step (see {@link FirstView#beforeNextReveal}): it never shares the FX thread with it.
 */
final class FirstViewRehearsal {
    /** How long the warm-up thread waits for a window on screen (the application's shows within seconds). */
    private static final long WAIT_FOR_WINDOW_MS = 30_000;
    private static final long LOOK_EVERY_MS = 250;
    /** The id of the window's inspector slot and the style class of the scroll pane the inspector is in there. */
    private static final String SLOT_ID = "inspector-slot";
    private static final String SCROLL_CLASS = "inspector-scroll";

    private FirstViewRehearsal() {
    }

    /** Starts, on a daemon thread of its own, the wait for a window on screen; the rehearsal then runs on the FX thread. */
    static void start(Locale locale) {
        Thread t = new Thread(() -> {
            try {
                whenShown(locale);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "wsinspector-first-view-rehearsal");
        t.setDaemon(true);
        t.start();
    }

    /** Waits (on the calling thread, not the FX thread) for a window on screen, then starts the rehearsal on it. */
    private static void whenShown(Locale locale) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_WINDOW_MS);
        while (System.nanoTime() < until) {
            Thread.sleep(LOOK_EVERY_MS);   // the window's own first frames before
            Scene[] shown = new Scene[1];
            CountDownLatch looked = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    shown[0] = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                            .filter(s -> s != null && s.getRoot() != null && s.getWidth() > 0).findFirst().orElse(null);
                    if (shown[0] != null && !inspectorBuilt(shown[0])) {
                        shown[0] = null;   // the window's inspector comes in an FX task of its own: rehearse beside it
                    }
                    if (shown[0] != null && !FirstView.revealedForAPerson()) {
                        rehearse(shown[0], locale);
                    }
                } finally {
                    looked.countDown();
                }
            });
            looked.await();
            if (shown[0] != null) {
                return;
            }
        }
    }

    /** The window's inspector slot (see the window's InspectorSlot), or null in a scene that has none. */
    private static StackPane slot(Scene window) {
        return window.getRoot() == null ? null
                : window.getRoot().lookup("#" + SLOT_ID) instanceof StackPane slot ? slot : null;
    }

    /** Whether the window's inspector is in its slot (true for a scene with no slot: nothing to wait for). */
    private static boolean inspectorBuilt(Scene window) {
        StackPane slot = slot(window);
        return slot == null || slot.lookup("." + SCROLL_CLASS) != null;
    }

    /**
     * Shows the sample's request in an inspector of its own (FX thread): hidden in the window's inspector slot, beside
     * the window's inspector, in a scroll pane as the window's is, so that its parts have the same ancestors in the
     * same scene. JavaFX keeps what it learns while styling (which selectors match a node of that class under those
     * ancestors, the values they give) per scene, for that path: styled in a scene of its own, the rehearsal left the
     * window's first view all of it to learn again (its styling steps were the longest FX tasks left, 40-70 ms).
     * Hidden, unmanaged and never focused, it is not drawn and takes no room; it leaves the slot once whole or stopped.
     * In a scene with no slot (tests), it is shown in a scene of its own, styled as the window's.
     */
    static InspectorPane rehearse(Scene window, Locale locale) {
        List<Message> sample = ClassWarmUp.sample();
        InspectorPane pane = new InspectorPane(new I18n(locale));
        StackPane slot = slot(window);
        Runnable away;
        if (slot != null) {
            ScrollPane scroll = new ScrollPane(pane);
            scroll.getStyleClass().add(SCROLL_CLASS);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setManaged(false);
            scroll.setVisible(false);
            scroll.setMouseTransparent(true);
            scroll.setFocusTraversable(false);
            // the height the inspector has under a capture's timeline, not the sliver it has while the window waits
            scroll.resize(slot.getWidth(), Math.max(slot.getHeight(), window.getHeight() * 0.6));
            slot.getChildren().add(scroll);
            away = () -> slot.getChildren().remove(scroll);
        } else {
            StackPane root = new StackPane(pane);
            Parent windowRoot = window.getRoot();
            root.getStyleClass().setAll(windowRoot.getStyleClass());
            root.setStyle(windowRoot.getStyle());
            Scene scene = new Scene(root, window.getWidth(), window.getHeight() * 0.6);
            scene.getStylesheets().setAll(window.getStylesheets());
            away = () -> { };
        }
        pane.show(sample.get(0), sample);
        // its steps stop when a person's first view begins; once whole the pane leaves the window and is let go
        FirstView.beforeNextReveal(() -> {
            pane.clear();
            away.run();
        });
        pane.whenWhole(() -> {
            FirstView.beforeNextReveal(null);
            Platform.runLater(() -> {
                pane.clear();
                away.run();
            });
        });
        return pane;
    }
}
