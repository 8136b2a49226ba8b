package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.ui.I18n;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.Lesson;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.lesson.LessonStep;
import wsinspector.ui.timeline.DrawnSelection;

/**
 * Each built-in lesson given to the end in the window, in English and in Russian, on the window's live echo
 * server and client: every step shows when its bytes have arrived, with the message it points at selected in the
 * timeline (and its row, no other, drawn selected and in view), its field highlighted and its view open in the inspector, as the lesson file says.
 */
@Timeout(90)
class LessonWindowTest extends WindowTest {
    private static final String NOTES_KEY = "Iv8io/9s+lYFgZWcXczP8Q==";
    static java.util.stream.Stream<Arguments> lessons() {
        return java.util.stream.Stream.of(Arguments.of(BuiltInLessons.NOTES, I18n.ENGLISH),
                Arguments.of(BuiltInLessons.NOTES, I18n.RUSSIAN), Arguments.of(BuiltInLessons.ERRORS, I18n.ENGLISH),
                Arguments.of(BuiltInLessons.ERRORS, I18n.RUSSIAN));
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void aBuiltInLessonRunsToTheEnd(BuiltInLessons which, Locale language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(language);
            window.lesson().start(which);
        }).get();
        LessonRun run = window.lesson().runProperty().get();
        assertNotNull(run);
        assertTrue(window.modes().isOn(Activity.LESSON));
        Lesson lesson = run.lesson();
        java.util.List<String> closeCodes = new java.util.ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (i > 0) {
                WaitForAsyncUtils.asyncFx(run::next).get();
            }
            int index = i;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !run.busyProperty().get()
                    && run.currentProperty().get() != null && run.currentProperty().get().index() == index);
            WaitForAsyncUtils.waitForFxEvents();
            // the inspector's first view comes in steps: its tabs are there once it is whole
            wsinspector.ui.inspect.InspectorWhole.await(window.inspector());
            WaitForAsyncUtils.asyncFx(() -> checkStep(run, lesson.steps().get(index), index, language)).get();
            // the request, shown a moment before the echo server's answer came, is shown again with it: the accept
            // computation said «no answer from the server yet» beside the answer's arrow for three steps
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> WaitForAsyncUtils.asyncFx(this::noAnswerBesideItsArrow).get() == null);
            } catch (java.util.concurrent.TimeoutException e) {
                assertNull(WaitForAsyncUtils.asyncFx(this::noAnswerBesideItsArrow).get(),
                        "step " + (index + 1) + ": the answer's arrow is on the timeline");
            }
            LessonRun.Shown shown = run.currentProperty().get();
            if (shown.message() != null && "close".equals(shown.step().pick().kind())
                    && shown.message().direction() == wsinspector.dissect.Direction.SERVER_TO_CLIENT) {
                closeCodes.add(shown.message().root().find("close.code").map(Field::value).orElse("none"));
            }
        }
        // the server's live answers: the notes' normal closure; the unmasked frame, the invalid UTF-8, the
        // fragmented ping and the 2^63 length each closed with the code RFC 6455 gives
        java.util.List<String> expected = which == BuiltInLessons.NOTES ? java.util.List.of("1000")
                : java.util.List.of("1002", "1007", "1002", "1002");
        assertEquals(expected, closeCodes, "the server's close codes");
    }

    /**
     * The client pane shows what the lesson connects with (the notes' key and Origin, then the old protocol), the
     * request on the wire says the same; a lesson that ends with its connection closed gives the lecturer's own
     * settings back (but for one edited meanwhile), one that ends with it open leaves the pane describing it.
     */
    @org.junit.jupiter.api.Test
    @Timeout(180)   // the jump to the old protocol takes the 20 steps before it on the live session
    void theClientPaneShowsWhatTheLessonConnectsWith() throws Exception {
        javafx.scene.Parent pane = WaitForAsyncUtils.asyncFx(() -> window.liveSlots().clientPane()).get();
        WaitForAsyncUtils.asyncFx(() -> {
            text(pane, "#client-origin").setText("https://example.org");
            text(pane, "#client-key").setText("dGhlIHNhbXBsZSBub25jZQ==");
            text(pane, "#client-subprotocols").setText("chat");
            window.lesson().start(BuiltInLessons.NOTES);
        }).get();
        LessonRun run = window.lesson().runProperty().get();
        showStep(run, 1);   // connect, with the notes' key and Origin
        WaitForAsyncUtils.asyncFx(() -> {
            wsinspector.dissect.Message request = run.currentProperty().get().message();
            assertEquals(NOTES_KEY, text(pane, "#client-key").getText(), "the key field");
            assertEquals("https://mai.ru", text(pane, "#client-origin").getText(), "the Origin field");
            assertEquals("", text(pane, "#client-subprotocols").getText(), "no subprotocols offered");
            assertTrue(text(pane, "#client-url").getText().endsWith("/chat"), text(pane, "#client-url").getText());
            assertTrue(toggle(pane, "#client-mode-RFC6455").isSelected(), "RFC 6455");
            assertEquals(header(request, "Sec-WebSocket-Key"), text(pane, "#client-key").getText(), "the key on the wire");
            assertEquals(header(request, "Origin"), text(pane, "#client-origin").getText(), "the Origin on the wire");
            assertEquals(java.util.Optional.empty(), request.root().find("header.Sec-WebSocket-Protocol"), "none on the wire");
        }).get();
        showStep(run, 21);   // the same request in hixie-76: Origin, no key of RFC 6455's
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(toggle(pane, "#client-mode-HIXIE76").isSelected(), "hixie-76");
            assertEquals("", text(pane, "#client-key").getText(), "hixie-76's keys are made by the client");
            assertEquals(header(run.currentProperty().get().message(), "Origin"), text(pane, "#client-origin").getText());
            ((javafx.scene.control.Button) pane.lookup("#client-disconnect")).fire();
        }).get();
        wsinspector.ui.live.LiveClient client = window.liveSlots().live().client();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> client.stateProperty().get() == wsinspector.ui.live.LiveClient.ClientState.CLOSED);
        WaitForAsyncUtils.asyncFx(() -> {
            text(pane, "#client-subprotocols").setText("soap");   // the lecturer's edit during the lesson
            window.lesson().end();
            assertEquals("https://example.org", text(pane, "#client-origin").getText(), "the lecturer's Origin back");
            assertEquals("dGhlIHNhbXBsZSBub25jZQ==", text(pane, "#client-key").getText(), "the lecturer's key back");
            assertTrue(toggle(pane, "#client-mode-RFC6455").isSelected(), "the lecturer's protocol back");
            assertEquals("soap", text(pane, "#client-subprotocols").getText(), "an edit made during the lesson stays");
            assertEquals(window.liveSlots().live().server().urlProperty().get(), text(pane, "#client-url").getText(),
                    "an empty URL field followed the server: it shows the server's address");
            window.lesson().start(BuiltInLessons.NOTES);
        }).get();
        LessonRun again = window.lesson().runProperty().get();
        showStep(again, 1);
        WaitForAsyncUtils.asyncFx(() -> {
            window.lesson().end();   // its connection open: the pane goes on saying what it was opened with
            assertEquals(NOTES_KEY, text(pane, "#client-key").getText(), "the open connection's key");
            assertEquals("https://mai.ru", text(pane, "#client-origin").getText(), "the open connection's Origin");
        }).get();
    }

    /** Goes to step {@code index}, taking the steps before it on the live session as the lecturer's Next would. */
    private void showStep(LessonRun run, int index) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !run.busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> run.goTo(index)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !run.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        LessonRun.Shown shown = run.currentProperty().get();
        assertNull(shown.note(), "step " + (shown.index() + 1) + ": " + (shown.note() == null ? "" : shown.note().in(window.i18n())));
        assertEquals(index, shown.index(), "the step shown");
    }

    private static javafx.scene.control.TextField text(javafx.scene.Parent pane, String id) {
        return (javafx.scene.control.TextField) pane.lookup(id);
    }

    private static javafx.scene.control.ToggleButton toggle(javafx.scene.Parent pane, String id) {
        return (javafx.scene.control.ToggleButton) pane.lookup(id);
    }

    private static String header(wsinspector.dissect.Message request, String name) {
        return request.root().find("header." + name).map(Field::value).orElse("none");
    }

    /** What the accept computation in front says of an answer not yet come while the timeline shows it, or null. */
    private String noAnswerBesideItsArrow() {
        TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
        javafx.scene.control.Tab front = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        javafx.scene.Node view = front == null ? null : wsinspector.ui.inspect.InspectorPane.viewOf(front);
        javafx.scene.Node note = view == null ? null : view.lookup(".proof-note");
        boolean answered = window.timeline().messages().stream().anyMatch(
                m -> m instanceof wsinspector.dissect.HandshakeMessage h && !h.request());
        return note != null && note.isVisible() && answered ? ((javafx.scene.control.Labeled) note).getText() : null;
    }

    private void checkStep(LessonRun run, LessonStep step, int index, Locale language) {
        LessonRun.Shown shown = run.currentProperty().get();
        String where = run.lesson().source() + " step " + (index + 1) + " (" + step.title().en() + ")";
        assertNull(shown.note(), where + ": " + (shown.note() == null ? "" : shown.note().in(window.i18n())));
        javafx.scene.control.Label title = (javafx.scene.control.Label) window.root().lookup("#lesson-title");
        assertEquals((index + 1) + ". " + step.title().in(language), title.getText(), where + ": the panel's title");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) window.root().lookup("#lesson-panel .step-scroll");
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() <= scroll.getViewportBounds().getHeight() + 1,
                where + ": the step's text whole, without scrolling (" + scroll.getContent().getLayoutBounds().getHeight()
                        + " px in " + scroll.getViewportBounds().getHeight() + ")");
        if (step.pick() == null) {
            return;
        }
        assertNotNull(shown.message(), where + ": a message");
        assertTrue(step.pick().matches(shown.message()), where + ": the message the file names");
        assertEquals(shown.message(), window.session().selected(), where + ": selected in the timeline");
        javafx.scene.control.ListView<?> list = window.timeline().list();
        assertEquals(DrawnSelection.only(list, shown.message()), DrawnSelection.rows(list, shown.message()),
                where + ": the row the timeline draws selected");
        assertEquals(shown.conversation(), window.session().current(), where + ": its conversation on screen");
        assertEquals(shown.message(), window.inspector().messageProperty().get(), where + ": in the inspector");
        if (step.field() != null) {
            Field f = window.inspector().selectedFieldProperty().get();
            assertNotNull(f, where + ": a field highlighted");
            assertEquals(step.field(), f.key(), where + ": the field the file names");
        }
        if (step.tab() != null) {
            TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
            assertEquals(step.tab(), tabs.getSelectionModel().getSelectedItem().getId(), where + ": the view");
        }
    }
}
