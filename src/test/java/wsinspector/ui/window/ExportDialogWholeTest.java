package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * File → «Экспорт материала…» in the Russian window at 1280×800: every row label and the file button whole. The
 * dialog cut its labels to «...» and its button to «Выб...», so the lecturer could not tell which list was which.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogWholeTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, 1280, 800);
        window.i18n().localeProperty().set(I18n.RUSSIAN);
    }

    @AfterEach
    void close() throws Exception {
        WindowFixture.closeWithDialogs(stage, window);
    }

    @Test
    void theDialogsLabelsAndButtonsAreWhole(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.interact(() -> window.session().select(window.timeline().messages().get(2)));
        Platform.runLater(window.classroom().handouts()::exportSelected);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(pane)).get();
        assertEquals(List.of(), problems);
    }
}
