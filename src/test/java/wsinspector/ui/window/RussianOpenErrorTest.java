package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Alert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.capture.BadInputs;
import wsinspector.capture.BadInputs.Bad;
import wsinspector.ui.I18n;

/** The Russian window says why a file cannot be opened in Russian: the error dialog holds no English sentence. */
class RussianOpenErrorTest extends WindowTest {
    @BeforeEach
    void inRussian() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
    }

    @Test
    void theDialogForAnUnreadableFileIsRussian(FxRobot robot, @TempDir Path dir) throws Exception {
        List<String> names = List.of("absent.pcap", "captures", "broken.har", "plain.har", "bad.xxd", "notes.txt.gz");
        for (Bad bad : BadInputs.in(dir)) {
            if (!names.contains(bad.name())) {
                continue;   // the others open in the window, with a notice in the status line
            }
            WindowFixture.open(window, bad.file());

            Alert dialog = window.lastDialog();
            assertNotNull(dialog, bad.toString());
            assertEquals("Не удаётся открыть " + bad.name(), dialog.getHeaderText());
            String text = dialog.getContentText();
            assertTrue(text.startsWith("Не удаётся прочитать " + bad.name()) || text.startsWith(bad.name() + ", строка "),
                    text);
            assertEquals(List.of(), BadInputs.englishWords(text, bad), text);
            robot.interact(dialog::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
