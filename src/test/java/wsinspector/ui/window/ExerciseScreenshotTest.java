package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.exercise.Blank;
import wsinspector.exercise.ExerciseMaker;
import wsinspector.exercise.ExerciseSpec;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * The README's picture of an exercise being checked, in Russian: the notes' masked "Hello" with five
 * fields asked, one answered wrongly. Written to target/screenshots/, and to screenshots/ with
 * {@code -Dscreenshots.update=true}; the scene is checked first (language, verdicts, nothing cut).
 */
@ExtendWith(ApplicationExtension.class)
class ExerciseScreenshotTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        WindowFixture.closeWithDialogs(stage, window);
    }

    @Test
    void anExerciseBeingCheckedInRussian() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        ExerciseSpec hello = ExerciseMaker.from(window.timeline().messages().get(2)).orElseThrow()
                .withBlanks(List.of(Blank.OPCODE, Blank.MASK, Blank.PAYLOAD_LENGTH, Blank.MASKING_KEY, Blank.PAYLOAD_BYTE), 0);
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            window.classroom().exercises().addMade(hello);
            return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow().getScene();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> answers = List.of("1", "1", "6", "37 fa 21 3d", "48");
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < answers.size(); i++) {
                ((TextField) scene.lookup("#answer-" + i)).setText(answers.get(i));
            }
            ((Button) scene.lookup("#exercise-check")).fire();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            String wrong = ((Label) scene.lookup("#verdict-2")).getText();
            assertTrue(wrong.startsWith("✘ Ваш ответ — 6; правильный — 5."), wrong);
            assertTrue(((Label) scene.lookup("#verdict-4")).getText().startsWith("✔ Верно."));
            assertEquals("Готово: верно 4 из 5.", ((Label) scene.lookup("#exercise-score")).getText());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertEquals(List.of(), LayoutProblems.in(scene.getRoot()), "nothing cut");
        }).get();
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Snapshots.render(scene)).get();
        assertTrue(Snapshots.distinctColours(image) > 20);
        Snapshots.write(image, Path.of("target", "screenshots", "exercise-check.png"));
        if (Boolean.getBoolean("screenshots.update")) {
            Snapshots.write(image, Path.of("screenshots", "exercise-check.png"));
        }
    }
}
