package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.timeline.ArrowCell;

/** Help, theme, and a timeline of 100 000 arrows. */
class WindowCommandsTest extends WindowTest {
    @Test
    void f1ListsTheShortcutsInTheWindowsLanguage(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Alert dialog = window.lastDialog();
        assertNotNull(dialog);
        assertEquals("Клавиши", dialog.getHeaderText());
        assertTrue(robot.lookup("Пошаговый режим: вкл./выкл.").tryQuery().isPresent());
        robot.interact(dialog::close);
    }

    @Test
    void f1ShowsEveryKeyWholeInBothLanguages(FxRobot robot) throws Exception {
        for (int language = 0; language < 2; language++) {
            robot.push(KeyCode.F1);
            WaitForAsyncUtils.waitForFxEvents();
            Alert dialog = window.lastDialog();
            java.util.List<javafx.scene.control.Label> keys = robot.from(dialog.getDialogPane()).lookup(".shortcut-keys")
                    .queryAllAs(javafx.scene.control.Label.class).stream().toList();
            assertEquals(ShortcutsTable.ROWS.size(), keys.size());
            assertEquals(java.util.List.of(), WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(dialog.getDialogPane())).get(),
                    "every key and every description whole");
            robot.interact(dialog::close);
            robot.push(KeyCode.CONTROL, KeyCode.L);
        }
    }

    /** Seen in the real jar at 1280×800 in Russian: the list ran off the bottom of the screen, its OK button with it. */
    @Test
    void theF1ListFitsTheScreenInBothLanguages(FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        for (int language = 0; language < 2; language++) {
            robot.push(KeyCode.F1);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.stage.Window shown = window.lastDialog().getDialogPane().getScene().getWindow();
            assertTrue(shown.getHeight() <= screen.getHeight() && shown.getWidth() <= screen.getWidth(),
                    "the list " + Math.round(shown.getWidth()) + "×" + Math.round(shown.getHeight()) + " on a screen of "
                            + Math.round(screen.getWidth()) + "×" + Math.round(screen.getHeight()) + " in " + window.i18n().localeProperty().get());
            robot.interact(window.lastDialog()::close);
            robot.push(KeyCode.CONTROL, KeyCode.L);
        }
    }

    @Test
    void theConversationChooserKeepsItsNameAcrossALanguageSwitch(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        javafx.scene.control.ComboBox<?> chooser = robot.lookup("#conversation-chooser").queryAs(javafx.scene.control.ComboBox.class);
        String before = ((javafx.scene.control.ListCell<?>) chooser.getButtonCell()).getText();
        assertEquals("course-notes.xxd", before);

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.text.Text shown = (javafx.scene.text.Text) chooser.getButtonCell().lookup(".text");
        assertEquals("course-notes.xxd", chooser.getButtonCell().getText());
        assertNotNull(shown, "the name is drawn");
        assertEquals("course-notes.xxd", shown.getText());
    }

    /** A capture's stream is named in the language shown: «stream 0» became «поток 0» on Ctrl+L, and back (W9-16). */
    @Test
    void aCapturesStreamIsNamedInTheNewLanguageAfterASwitch(FxRobot robot) throws Exception {
        WindowFixture.open(window, java.nio.file.Path.of("samples/jdk-client.pcapng"));
        javafx.scene.control.ComboBox<?> chooser = robot.lookup("#conversation-chooser").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(chooser.getButtonCell().getText().startsWith("jdk-client.pcapng, stream 0: 127.0.0.1:"),
                chooser.getButtonCell().getText());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chooser.getButtonCell().getText().startsWith("jdk-client.pcapng, поток 0: 127.0.0.1:"),
                chooser.getButtonCell().getText());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chooser.getButtonCell().getText().startsWith("jdk-client.pcapng, stream 0: 127.0.0.1:"),
                chooser.getButtonCell().getText());
    }

    @Test
    void theEmptyChooserSaysSoInTheNewLanguageAfterASwitch(FxRobot robot) {
        javafx.scene.control.ComboBox<?> chooser = robot.lookup("#conversation-chooser").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("No conversation", chooser.getButtonCell().getText());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Нет соединений", chooser.getButtonCell().getText(), "seen blank under Xvfb before the fix");
    }

    @Test
    void shiftF5PutsTheLiveStepperInTheClientsPlace(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.clientSlot().getChildren().get(0) instanceof wsinspector.ui.live.StepPane);
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.clientSlot().getChildren().get(0) instanceof wsinspector.ui.live.ClientPane,
                "file step mode and live step mode exclude each other");
        assertTrue(window.steps().isActive());
    }

    @Test
    void ctrlBShowsTheFrameBuilderInTheClientsPlace(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.clientSlot().getChildren().get(0) instanceof wsinspector.ui.live.FrameBuilderPane);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.clientSlot().getChildren().get(0) instanceof wsinspector.ui.live.StepPane);
        assertTrue(!window.modes().isOn(Activity.FRAME_BUILDER), "one thing at a time on the client's side");
        robot.interact(() -> window.modes().end(Activity.LIVE_STEPPER));
        assertTrue(window.clientSlot().getChildren().get(0) instanceof wsinspector.ui.live.ClientPane);
    }

    @Test
    void theDarkThemeSwapsTheUserAgentStylesheet(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().toLowerCase().contains("dark"), Application.getUserAgentStylesheet());
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().toLowerCase().contains("light"));
    }

    @Test
    void aHundredThousandArrowsScrollWithoutBuildingAHundredThousandCells() throws Exception {
        Message hello = Dissector.dissect(SampleDumps.courseNotes()).messages().get(2);
        Conversation big = new Conversation("big", Conversation.Origin.FILE);
        big.append(Collections.nCopies(100_000, hello));
        WaitForAsyncUtils.asyncFx(() -> window.session().add(big)).get();
        WaitForAsyncUtils.waitForFxEvents();

        long started = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> {
            var list = window.timeline().list();   // scrolled as a person scrolls, the row just in view
            wsinspector.ui.VirtualRows.reveal(list, 50_000, list::scrollTo);
            list.layout();
            wsinspector.ui.VirtualRows.reveal(list, 99_999, list::scrollTo);
            list.layout();
        }).get();
        long ms = (System.nanoTime() - started) / 1_000_000;

        List<ArrowCell> cells = new FxRobot().lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream().toList();
        assertTrue(cells.size() < 60, cells.size() + " cells for 100 000 arrows: the list is not virtual");
        assertTrue(ms < 2000, "scrolling took " + ms + " ms");
    }
}
