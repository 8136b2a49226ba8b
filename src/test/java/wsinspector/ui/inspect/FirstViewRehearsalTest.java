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
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The first view rehearsed while the window waits for a file (FirstViewRehearsal): it goes through the first view's
 * steps in an inspector and a scene of its own, never the window's; the window's scene is untouched; and a file being
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
            assertTrue(rehearsed[0].getScene() != window && rehearsed[0].getScene() != null, "a scene of its own");
            assertEquals(List.of(), windowRoot.getChildren(), "the window's scene is untouched");
        });
        assertEquals(List.of(0), stepsSeen, "in steps: the hex had no content in the task that began it");
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
