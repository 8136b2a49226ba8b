package wsinspector.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.exercise.Blank;
import wsinspector.exercise.DrillGenerator;
import wsinspector.exercise.ExerciseRun;
import wsinspector.exercise.ExerciseSet;
import wsinspector.exercise.ExerciseSpec;
import wsinspector.exercise.Question;
import wsinspector.ui.I18n;

/** The exercise window as a student uses it: wrong then right, a drill saved, reopened and scored, both languages. */
@ExtendWith(ApplicationExtension.class)
class ExerciseWindowTest {
    static final byte[] MASKED_HELLO = HexFormat.of().parseHex("818537fa213d7f9f4d5158");

    private I18n i18n;
    private ExerciseMenu menu;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        i18n = new I18n(I18n.ENGLISH);
        menu = new ExerciseMenu(i18n, () -> owner, () -> null);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 900, 640));
        stage.getScene().getStylesheets().add(ExerciseWindow.class.getResource("exercise.css").toExternalForm());
        stage.show();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide)).get();
    }

    /** The pane the exercise window holds, on the test's own stage (one stage: Monocle is slow to open many). */
    private ExercisePane open(FxRobot robot, ExerciseSet set) {
        ExercisePane[] pane = new ExercisePane[1];
        robot.interact(() -> {
            try {
                pane[0] = new ExercisePane(new ExerciseRun(set), menu.labels());
            } catch (wsinspector.exercise.ExerciseException e) {
                throw new AssertionError(e);
            }
            owner.getScene().setRoot(pane[0]);
        });
        return pane[0];
    }

    private static ExerciseSet hello() {
        return new ExerciseSet("", OptionalLong.empty(), List.of(new ExerciseSpec(Message.Kind.FRAME,
                Direction.CLIENT_TO_SERVER, MASKED_HELLO, null, List.of(Blank.OPCODE, Blank.PAYLOAD_BYTE), 1)));
    }

    @Test
    void aWrongAnswerIsExplainedThenARightOneCounts(FxRobot robot) {
        ExercisePane pane = open(robot, hello());
        robot.clickOn("#answer-0").write("2");
        robot.clickOn("#answer-1").write("65");
        robot.clickOn("#exercise-check");
        Label opcode = robot.lookup("#verdict-0").queryAs(Label.class);
        assertTrue(opcode.getText().startsWith("\u2718 Your answer is 2; the right one is 1."), opcode.getText());
        assertTrue(opcode.getText().contains("0001 = 0x01: Text"), opcode.getText());
        assertTrue(opcode.getStyleClass().contains("exercise-wrong"));
        assertTrue(robot.lookup("#verdict-1").queryAs(Label.class).getText().startsWith("\u2714 Right."));
        assertEquals("Done: 1 of 2 right.", pane.scoreLabel().getText(), "every question answered: the set is done");

        robot.doubleClickOn("#answer-0").write("0x1").type(KeyCode.ENTER);
        assertTrue(opcode.getText().startsWith("\u2714 Right."), opcode.getText());
        assertEquals("Done: 2 of 2 right.", pane.scoreLabel().getText());
    }

    @Test
    void theWindowSpeaksRussian(FxRobot robot) {
        robot.interact(() -> i18n.localeProperty().set(I18n.RUSSIAN));
        ExercisePane pane = open(robot, hello());
        assertEquals("Упражнение 1 из 1", robot.lookup("#exercise-position").queryAs(Label.class).getText());
        robot.clickOn("#answer-0").write("1");
        robot.clickOn("#exercise-check");
        String verdict = robot.lookup("#verdict-0").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith("✔ Верно. Первый байт — 0x81 = 1000 0001; код операции — его младшие четыре бита"), verdict);
        assertTrue(robot.lookup("#verdict-1").queryAs(Label.class).getText().startsWith("✘ Ответа нет; правильный — 65."));
        assertEquals("Проверить", robot.lookup("#exercise-check").queryButton().getText());
        assertEquals("Готово: верно 1 из 2.", pane.scoreLabel().getText());
    }

    @Test
    void aDrillIsSavedReopenedAndScored(FxRobot robot, @TempDir Path dir) throws Exception {
        ExerciseSet drill = DrillGenerator.generate(20261130, 3, "Drill 20261130");
        Path file = dir.resolve("drill.json");
        boolean[] saved = new boolean[1];
        robot.interact(() -> saved[0] = menu.files().write(drill, file, owner));
        assertTrue(saved[0] && Files.size(file) > 0);

        ExerciseSet[] reopened = new ExerciseSet[1];
        robot.interact(() -> reopened[0] = menu.read(file).orElseThrow());
        ExercisePane pane = open(robot, reopened[0]);
        assertEquals(drill.exercises(), pane.run().set().exercises(), "the same exercises come back");
        int total = 0;
        for (int e = 0; e < 3; e++) {
            List<Question> questions = pane.run().current().questions();
            List<TextField> fields = pane.answerFields();
            for (int q = 0; q < questions.size(); q++) {
                // every answer right but the very first one
                String answer = e == 0 && q == 0 ? "not an answer" : questions.get(q).answer();
                TextField f = fields.get(q);
                robot.interact(() -> f.setText(answer));
                total++;
            }
            robot.clickOn("#exercise-check");
            if (e < 2) {
                robot.type(KeyCode.PAGE_DOWN);
            }
        }
        assertEquals("Done: " + (total - 1) + " of " + total + " right.", pane.scoreLabel().getText());
        assertEquals("Exercise 3 of 3 \u00b7 Drill 20261130",
                robot.lookup("#exercise-position").queryAs(Label.class).getText());
    }

    @Test
    void aFileThatIsNotASetSaysSoInOneSentence(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"format\":\"something else\"}");
        robot.interact(() -> assertTrue(menu.read(file).isEmpty()));
        DialogPane error = robot.lookup("#exercise-error").queryAs(DialogPane.class);
        assertEquals("Cannot open notes.json: The file is not an exercise set: its \"format\" is not "
                + "\u201cwebsocket-inspector/exercises\u201d.", error.getContentText());
    }

    @Test
    void computedFieldsAreBlankInTheBytes(FxRobot robot) {
        byte[] legacy = wsinspector.legacy.LegacyFrameEncoder.binary(new byte[300]);
        open(robot, new ExerciseSet("", OptionalLong.empty(), List.of(new ExerciseSpec(Message.Kind.LEGACY_FRAME,
                Direction.CLIENT_TO_SERVER, legacy, null, List.of(Blank.LEGACY_LENGTH), 0))));
        assertEquals("80", robot.lookup("#byte-0").queryAs(Label.class).getText());
        assertEquals("__", robot.lookup("#byte-1").queryAs(Label.class).getText());
        assertEquals("__", robot.lookup("#byte-2").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#byte-3").queryAs(Label.class).getText().contains("_"));
        robot.clickOn("#answer-0").write("82 2c").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#verdict-0").queryAs(Label.class).getText().startsWith("\u2714"));
    }

    @Test
    void theTeacherPicksFieldsInTheDialog(FxRobot robot) {
        Platform.runLater(() -> new MakeExerciseDialog(new ExerciseSpec(Message.Kind.FRAME, Direction.CLIENT_TO_SERVER,
                MASKED_HELLO, null, List.of(), 0), new ExerciseLabels(i18n), owner).ask().ifPresent(menu::addMade));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Make exercise").queryButton().isDisabled(), "nothing chosen yet");
        robot.clickOn("#blank-fin");
        robot.clickOn("#blank-masking-key");
        robot.clickOn("Make exercise");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("FIN (0 or 1)", robot.lookup("#exercise-pane .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("FIN")).findFirst().orElseThrow());
        robot.clickOn("#answer-1").write("37fa213d").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#verdict-1").queryAs(Label.class).getText().startsWith("\u2714"));
    }
}
