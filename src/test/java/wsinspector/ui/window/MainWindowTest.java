package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.file.DropFiles;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.timeline.ArrowCell;

/** The window, headless: opening, keyboard selection, language, zoom, step mode, saving, errors, drops. */
class MainWindowTest extends WindowTest {
    @Test
    void openingAFileShowsOneArrowPerMessage(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);

        assertEquals(8, window.timeline().messages().size());
        assertEquals("course-notes.xxd", window.session().current().title());
        List<String> labels = arrowLabels(robot);
        assertEquals("GET /chat", labels.get(0));
        assertEquals("101 Switching Protocols", labels.get(1));
        assertEquals("Text \"Hello\" (masked)", labels.get(2));
    }

    @Test
    void arrowKeysMoveTheSelectionThatDrivesTheInspector(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        List<Message> messages = window.timeline().messages();
        assertEquals(messages.get(0), window.session().selected(), "the first message is selected after opening");

        robot.clickOn(window.timeline().list());
        robot.interact(() -> window.session().select(messages.get(0)));
        robot.type(KeyCode.DOWN, 2);

        assertEquals(messages.get(2), window.session().selected());
        assertEquals(messages.get(2), window.inspector().messageProperty().get(), "the inspector shows the selection");
    }

    @Test
    void languageSwitchRelabelsMenusAndTimeline(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        Menu file = ((MenuBar) window.root().getTop()).getMenus().get(0);
        assertEquals("File", file.getText());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Файл", file.getText());
        assertTrue(robot.lookup(".lifeline-name").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Клиент")));
        assertEquals("Текст \"Hello\" (замаскирован)", arrowLabels(robot).get(2));
    }

    @Test
    void zoomScalesTheRootFontSize(FxRobot robot) {
        assertEquals("-fx-font-size: 16px;", window.root().getStyle());
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 18px;", window.root().getStyle(), "Ctrl+=");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 20px;", window.root().getStyle(), "Ctrl+Shift+=, the usual Ctrl +");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 18px;", window.root().getStyle());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 16px;", window.root().getStyle());
    }

    @Test
    void projectorModeGivesTheTimelineLargeTypeAndHidesTheRest(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.modes().projectorProperty().get());
        assertTrue(window.fontPx() >= 24, "at least 24 px at 1280×800, not " + window.fontPx());
        javafx.scene.Node arrow = robot.lookup(".arrow-label").query();
        assertTrue(((javafx.scene.control.Label) arrow).getFont().getSize() >= 24, "the arrows' labels are large");
        assertTrue(robot.lookup("#status-text").tryQuery().map(n -> !n.isVisible() || n.getScene() == null
                || !n.getParent().isVisible()).orElse(true), "the status line is hidden");
        assertTrue(window.inspector().tabsEnlargedProperty().get(), "the inspector shows its explanation, not hex and tree");

        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, window.fontPx());
        assertFalse(window.inspector().tabsEnlargedProperty().get());
    }

    @Test
    void inStepModeTheCurrentMessageIsAlwaysInView(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            window.modes().projectorProperty().set(true);   // large rows: few fit
            window.modes().start(Activity.STEPS);
        }).get();
        for (int step = 1; step <= 9; step++) {   // 8 messages, the answer on two pages
            robot.push(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            int index = window.steps().positionProperty().get() - 1;
            String where = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.ListView<?> list = window.timeline().list();
                javafx.geometry.Bounds view = list.localToScene(list.getBoundsInLocal());
                boolean in = robot.lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream()
                        .filter(c -> c.getIndex() == index && c.isVisible())
                        .map(c -> c.localToScene(c.getBoundsInLocal()))
                        .anyMatch(b -> b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1);
                return in ? "" : "list " + view + ", cells " + robot.lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream()
                        .filter(javafx.scene.Node::isVisible)
                        .map(c -> c.getIndex() + "@" + Math.round(c.localToScene(c.getBoundsInLocal()).getMinY())).toList();
            }).get();
            assertEquals("", where, "step " + step + ": its arrow is in view");
        }
    }

    @Test
    void stepModeWalksTheMessagesWithTheirLessons(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        List<Message> all = List.copyOf(window.session().current().messages());

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.steps().isActive());
        assertEquals(0, window.timeline().messages().size(), "step 0: nothing sent yet");
        assertEquals("0 / 8", window.stepPanel().counterLabel().getText());

        robot.type(KeyCode.RIGHT).type(KeyCode.PAGE_DOWN);
        assertEquals("2 / 8", window.stepPanel().counterLabel().getText());
        assertEquals(List.of(window.i18n().t("lesson.response.title")), stepTitles(robot), "the answer's first page: the 101");
        robot.type(KeyCode.SPACE);
        assertEquals("2 / 8", window.stepPanel().counterLabel().getText());
        assertEquals(List.of(window.i18n().t("lesson.accept.title")), stepTitles(robot), "its second page: the accept key");
        robot.type(KeyCode.RIGHT);
        assertEquals("3 / 8", window.stepPanel().counterLabel().getText());
        assertEquals(all.subList(0, 3), List.copyOf(window.timeline().messages()));
        // from the timeline's column: at this size the timeline steps aside for the masking table (StepViewWholeTest)
        assertEquals("3 messages", ((Label) window.timeline().getParent().lookup(".message-count")).getText());
        assertEquals(all.get(2), window.session().selected());
        assertTrue(stepTexts(robot).contains(window.i18n().t("lesson.masking.title")), "a masked frame teaches masking");

        robot.type(KeyCode.LEFT);
        assertEquals("2 / 8", window.stepPanel().counterLabel().getText());
        assertEquals(all.get(1), window.session().selected());
        assertTrue(stepTexts(robot).contains(window.i18n().t("lesson.accept.title")), "the answer teaches the accept key");

        robot.type(KeyCode.ESCAPE);
        assertFalse(window.steps().isActive());
        assertEquals(8, window.timeline().messages().size());
    }

    private static List<String> stepTitles(FxRobot robot) {
        return robot.lookup(".step-title").queryAllAs(Label.class).stream().filter(javafx.scene.Node::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void savedSessionReadsBackAsTheSameMessages(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        Path saved = dir.resolve("saved.xxd");

        javafx.concurrent.Worker.State saving = WindowFixture.save(window, saved);

        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, saving);
        List<Message> original = window.session().current().messages();
        List<Message> back = Dissector.dissect(DumpReader.read(saved, null).chunks()).messages();
        assertEquals(original.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertEquals(original.get(i).direction(), back.get(i).direction());
            assertEquals(original.get(i).kind(), back.get(i).kind());
            assertEquals(java.util.HexFormat.of().formatHex(original.get(i).wire()),
                    java.util.HexFormat.of().formatHex(back.get(i).wire()));
        }
    }

    @Test
    void aBadFileGivesADialogWithTheReadersMessage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("gap.xxd");
        // the second line should start at 0x10: sixteen bytes would be lost
        Files.writeString(bad, "00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\n"
                + "00000020: 5158                                     QX\n", StandardCharsets.US_ASCII);
        String expected = assertThrowsDump(bad);

        WindowFixture.open(window, bad);

        Alert dialog = window.lastDialog();
        assertNotNull(dialog);
        assertTrue(dialog.isShowing());
        assertEquals(expected, dialog.getContentText());
        assertEquals("Cannot open gap.xxd", dialog.getHeaderText());
        assertFalse(dialog.getContentText().contains("Exception"), "no stack trace, no class names");
        robot().interact(dialog::close);
    }

    @Test
    void droppedFilesOpenTheFirstRegularFile(@TempDir Path dir) throws Exception {
        assertFalse(DropFiles.accepts(List.of(dir.toFile())), "a folder is not opened");
        assertTrue(DropFiles.accepts(List.of(dir.toFile(), SampleDumps.HIXIE76.toFile())));

        boolean taken = WaitForAsyncUtils.asyncFx(() -> window.dropFiles(List.of(new File(dir.toFile(), "none"),
                SampleDumps.HIXIE76.toFile()))).get();
        assertTrue(taken);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> window.session().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("hixie76.xxd", window.session().current().title());
        assertTrue(window.root().getScene().getOnDragOver() != null && window.root().getScene().getOnDragDropped() != null);
    }

    private static String assertThrowsDump(Path file) {
        try {
            DumpReader.read(file, null);
        } catch (wsinspector.capture.DumpException e) {
            return e.getMessage();
        }
        throw new AssertionError("the reader accepted " + file);
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static List<String> arrowLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream()
                .filter(c -> c.getItem() != null && !c.isEmpty())
                .sorted(java.util.Comparator.comparingInt(ArrowCell::getIndex))
                .map(c -> c.getAccessibleText()).toList();
    }

    private static String stepTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return String.join("\n", robot.lookup(".step-title").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }
}
