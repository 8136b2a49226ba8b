package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.export.ExportFormat;
import wsinspector.export.ExportView;
import wsinspector.ui.file.SampleDumps;

/** File → Export handout… writes the selected message's handout; with nothing to export it says so. */
@ExtendWith(ApplicationExtension.class)
class ExportInWindowTest {
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        WindowFixture.closeWithDialogs(stage, window);
    }

    @Test
    void theSelectedMessagesMaskingBecomesAnSvgHandout(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.interact(() -> window.session().select(window.timeline().messages().get(2))); // the client's "Hello"
        robot.clickOn("File").clickOn("Export handout…");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith("Message 3 of 8: Text [FIN] [MASKED]"), pane.getHeaderText());
        @SuppressWarnings("unchecked")
        ChoiceBox<ExportView> view = robot.lookup("#export-view").queryAs(ChoiceBox.class);
        assertEquals(List.of(ExportView.FRAME, ExportView.MASKING, ExportView.COMPARISON, ExportView.SEQUENCE),
                view.getItems(), "the views that fit a masked text frame, and the conversation");
        Path out = dir.resolve("hello-masking.svg");
        robot.interact(() -> {
            view.getSelectionModel().select(ExportView.MASKING);
            @SuppressWarnings("unchecked")
            ChoiceBox<ExportFormat> format = robot.lookup("#export-format").queryAs(ChoiceBox.class);
            format.getSelectionModel().select(ExportFormat.SVG);
            robot.lookup("#export-file").queryAs(TextField.class).setText(out.toString());
        });
        assertEquals("en", robot.lookup("#export-language").queryAs(ChoiceBox.class).getValue(), "the window's language");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains(">fa</text>") && svg.contains(">3d</text>"), "the masking key's bytes as text");
        assertTrue(svg.contains("Message 3: unmasking"), svg.substring(0, 400));
    }

    @Test
    void nothingToExportIsSaidPlainly(FxRobot robot) {
        Platform.runLater(window.classroom().handouts()::exportSelected);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().startsWith("There is nothing to export yet"), pane.getContentText());
    }
}
