package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
 * The inspector's first view comes in steps, one FX task each (FirstView): between them, every part still to come
 * says that it is being prepared, in the window's language, so that the view is never an empty band (FINDINGS O13:
 * for seconds after Connect the tree, the explanation and the tabs were blank); once whole, no such notice is left, and
 * whoever waits for the view whole (a capture's reading) is told.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FirstViewTest {
    private InspectorPane pane;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(I18n.ENGLISH);
        pane = new InspectorPane(i18n);
        stage.setScene(new Scene(pane, 1260, 760));
        stage.show();
    }

    @Test
    void everyPartStillToComeSaysItIsBeingPrepared() throws Exception {
        List<List<String>> seen = firstView();
        assertTrue(seen.size() > 2, "the first view came in steps: " + seen);
        // the first step waits for the pulse that draws the rooms: before it, all four parts say they are coming
        assertEquals(List.of("Preparing…", "Preparing…", "Preparing…"),
                seen.stream().filter(rooms -> rooms.size() < 4).findFirst().orElseThrow(),
                "after the first step (the hex): the tree, the explanation and the tabs say they are coming");
        for (List<String> between : seen.subList(0, seen.size() - 1)) {
            assertTrue(between.stream().allMatch("Preparing…"::equals), between.toString());
        }
        assertEquals(List.of(), seen.get(seen.size() - 1), "whole: no notice is left");
    }

    @Test
    void theNoticeIsInTheWindowsLanguage() throws Exception {
        Platform.runLater(() -> i18n.localeProperty().set(I18n.RUSSIAN));
        List<List<String>> seen = firstView();
        assertTrue(seen.get(0).size() > 0 && seen.get(0).stream().allMatch("Подготовка…"::equals), seen.toString());
    }

    /**
     * The first view finished (the tabs enlarged, a step's view standing alone) after its last step took every part but
     * before that step's layout said so: whoever waited for the view whole is told, once (a lesson waited 30 s for
     * nothing, LessonWindowTest, since the steps wait for pulses).
     */
    @Test
    void aWaiterIsToldOnceWhenTheViewIsFinishedBeforeItsLastLayout() throws Exception {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        FirstView[] view = new FirstView[1];
        CountDownLatch finished = new CountDownLatch(1);
        Platform.runLater(() -> {
            view[0] = new FirstView(2, n -> List.of(), told::incrementAndGet);
            view[0].reveal(pane.getScene().getRoot());
            Platform.runLater(() -> finishWhenAllTaken(view[0], finished));
        });
        assertTrue(finished.await(20, TimeUnit.SECONDS), "the last step was seen taken before its layout");
        for (int i = 0; i < 5; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(1, told.get(), "told once that the view is whole");
    }

    /** Finishes the view in the FX task after the one that took its last step, before its layout task. */
    private void finishWhenAllTaken(FirstView view, CountDownLatch finished) {
        if (view.whole()) {
            view.finish();
            finished.countDown();
            return;
        }
        Platform.runLater(() -> finishWhenAllTaken(view, finished));
    }

    /**
     * Shows a masked frame for the first time and notes, after each FX task until the view is whole, what the rooms of
     * the parts still to come say (those in the pane, and shown).
     */
    private List<List<String>> firstView() throws InterruptedException {
        Message hello = Samples.clientFrame(Samples.MASKED_HELLO);
        List<List<String>> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch whole = new CountDownLatch(1);
        Platform.runLater(() -> {
            pane.show(hello, List.of(hello));
            pane.whenWhole(whole::countDown);
            Platform.runLater(() -> watch(seen, whole));
        });
        assertTrue(whole.await(20, TimeUnit.SECONDS), "the first view became whole");
        CountDownLatch last = new CountDownLatch(1);
        Platform.runLater(() -> {
            seen.add(rooms());
            last.countDown();
        });
        last.await(10, TimeUnit.SECONDS);
        return seen;
    }

    /** Notes the rooms after each FX task that follows (each step waits for a pulse first), until the view is whole. */
    private void watch(List<List<String>> seen, CountDownLatch whole) {
        if (whole.getCount() == 0) {
            return;
        }
        seen.add(rooms());
        Platform.runLater(() -> watch(seen, whole));
    }

    /** What the rooms in the pane's places say (its split panes' items: their skins may not be made yet). */
    private List<String> rooms() {
        List<String> said = new ArrayList<>();
        if (pane.getCenter() instanceof SplitPane column) {
            collect(column, said);
        }
        return said;
    }

    private static void collect(SplitPane split, List<String> said) {
        for (Node item : split.getItems()) {
            if (item instanceof SplitPane inner) {
                collect(inner, said);
            } else if (item instanceof Label room && room.getStyleClass().contains("inspector-preparing")
                    && room.isVisible()) {
                said.add(room.getText());
            }
        }
    }
}
