package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The first view rehearsed while the window waits for a file (FirstViewRehearsal): it goes through the first view's
 * steps in an inspector of its own, hidden in the window's inspector slot (in a scene of its own where there is no
 * slot), and leaves the window as it found it; and a file being
 * opened, or a person's first view that begins meanwhile, stops it at once, so that the two never share the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FirstViewRehearsalTest {
    private Scene window;
    private StackPane windowRoot;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        windowRoot = new StackPane();
        window = new Scene(windowRoot, 1260, 760);
        stage.setScene(window);
        stage.show();
    }

    @Test
    void theRehearsalComesWholeOffTheWindowsScene() throws Exception {
        CountDownLatch whole = new CountDownLatch(1);
        InspectorPane[] rehearsed = new InspectorPane[1];
        List<Integer> stepsSeen = new ArrayList<>();
        Platform.runLater(() -> {
            rehearsed[0] = FirstViewRehearsal.rehearse(window, I18n.ENGLISH);
            stepsSeen.add(rehearsed[0].hexView().area().getLength());
            rehearsed[0].whenWhole(whole::countDown);
        });
        assertTrue(whole.await(20, TimeUnit.SECONDS), "the rehearsal's first view came whole");
        onFx(() -> {
            assertTrue(rehearsed[0].getScene() != window && rehearsed[0].getScene() != null,
                    "a scene of its own where the window has no inspector slot");
            assertEquals(List.of(), windowRoot.getChildren(), "the window's scene is untouched");
        });
        assertEquals(List.of(0), stepsSeen, "in steps: the hex had no content in the task that began it");
    }

    /**
     * In the window, the rehearsal is hidden in the inspector's slot beside the window's inspector, in a scroll pane as
     * the window's is (the same ancestors in the same scene: what JavaFX learns styling it serves the window's first
     * view); it is never drawn nor takes room, and leaves the slot once whole, the window's inspector untouched.
     */
    @Test
    void inTheWindowItIsHiddenInTheInspectorsSlotAndLeavesIt() throws Exception {
        StackPane slot = new StackPane();
        ScrollPane windows = new ScrollPane(new Label("the window's inspector"));
        CountDownLatch whole = new CountDownLatch(1);
        InspectorPane[] rehearsed = new InspectorPane[1];
        List<Boolean> hiddenInSlot = new ArrayList<>();
        onFx(() -> {
            slot.setId("inspector-slot");
            windows.getStyleClass().add("inspector-scroll");
            slot.getChildren().setAll(windows);
            windowRoot.getChildren().setAll(slot);
            rehearsed[0] = FirstViewRehearsal.rehearse(window, I18n.ENGLISH);
            for (Node n : slot.getChildren()) {
                if (n instanceof ScrollPane scroll && scroll.getContent() == rehearsed[0]) {
                    hiddenInSlot.add(!scroll.isVisible() && !scroll.isManaged()
                            && scroll.getStyleClass().contains("inspector-scroll"));
                }
            }
            rehearsed[0].whenWhole(whole::countDown);
        });
        assertTrue(whole.await(20, TimeUnit.SECONDS), "the rehearsal's first view came whole");
        assertEquals(List.of(true), hiddenInSlot, "hidden, unmanaged, in a scroll pane as the window's inspector is");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            assertEquals(List.of(windows), slot.getChildren(), "the rehearsal left the slot; the window's inspector stays");
            assertNull(rehearsed[0].getScene(), "let go");
        });
    }

    @Test
    void aPersonsFirstViewStopsTheRehearsal() throws Exception {
        CountDownLatch personsWhole = new CountDownLatch(1);
        InspectorPane[] rehearsed = new InspectorPane[1];
        Message hello = Samples.clientFrame(Samples.MASKED_HELLO);
        Platform.runLater(() -> {
            rehearsed[0] = FirstViewRehearsal.rehearse(window, I18n.ENGLISH);
            InspectorPane persons = new InspectorPane(new I18n(I18n.ENGLISH));
            windowRoot.getChildren().setAll(persons);
            persons.show(hello, List.of(hello));
            persons.whenWhole(personsWhole::countDown);
        });
        assertTrue(personsWhole.await(20, TimeUnit.SECONDS), "the person's first view came whole");
        onFx(() -> assertNull(rehearsed[0].model().message(), "the rehearsal stopped when the person's view began"));
    }

    /** A file being opened stops the rehearsal at once (before its first view begins) and lets no other start. */
    @Test
    void openingAFileStopsTheRehearsal() throws Exception {
        InspectorPane[] rehearsed = new InspectorPane[1];
        onFx(() -> {
            rehearsed[0] = FirstViewRehearsal.rehearse(window, I18n.ENGLISH);
            FirstViewWarmUp.fileOpening();
            assertNull(rehearsed[0].model().message(), "the rehearsal stopped as the file began to open");
            assertTrue(FirstView.revealedForAPerson(), "no rehearsal starts after a file was opened");
        });
    }

    private static void onFx(Runnable check) throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> {
            try {
                check.run();
            } catch (Throwable t) {
                failed[0] = t;
            } finally {
                ran.countDown();
            }
        });
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        if (failed[0] instanceof AssertionError e) {
            throw e;
        } else if (failed[0] != null) {
            throw new AssertionError(failed[0]);
        }
    }
}
