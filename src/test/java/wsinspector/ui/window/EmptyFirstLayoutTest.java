package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * An empty file opened FIRST, before any capture (from the command line, or File → Open), at 1280×800 and 1920×1080
 * in Russian and English: the window looks as it does when it starts with nothing open, the notice «Файл пуст» over
 * the timeline, the welcome and its lesson button whole, the client and the server beside the timeline. Opened from
 * the command line the window takes a capture's layout before the file is read (the client and the server hidden),
 * and kept it for the empty file: the welcome and its button squeezed into 100 px over 500 px of «Выберите
 * сообщение…» (W7-9; the same after a capture is {@link EmptyAfterCaptureLayoutTest}).
 */
@Timeout(120)
class EmptyFirstLayoutTest extends OffScreenWindowTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1280, 800, ru, true", "1920, 1080, ru, true", "1280, 800, en, true", "1920, 1080, en, true",
            "1280, 800, ru, false", "1920, 1080, en, false"})
    void anEmptyFileOpenedFirstShowsTheStartingWindow(double width, double height, String language, boolean commandLine)
            throws Exception {
        I18n i18n = new I18n("ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH);
        offScreen(() -> new MainWindow(i18n, new Session()), width, height);
        settle(width, height);
        Layout atStart = window.modes().layout();
        double timelineAtStart = WaitForAsyncUtils.asyncFx(this::timeline).get();

        Path empty = Files.write(dir.resolve("e.bin"), new byte[0]);
        if (commandLine) {
            // as InspectorApp.show does with a file named on the command line: a capture's layout before the reading
            WaitForAsyncUtils.asyncFx(() -> window.showStarting(empty)).get();
            settle(width, height);
        }
        WindowFixture.open(window, empty);
        settle(width, height);

        assertEquals(atStart, window.modes().layout(), "the window's parts as at its start");
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            Node notice = window.root().lookup(".input-notice");
            if (notice == null || !notice.isVisible() || !notice.isManaged()) {
                found.add("no notice that the file is empty");
            }
            Node welcome = window.root().lookup(".lesson-welcome");
            if (welcome == null || welcome.getScene() == null) {
                return List.of("no welcome on screen");
            }
            for (Node n : welcome.lookupAll(".button")) {
                String where = InSight.outside(n, width, height);
                if (where != null) {
                    found.add("the lesson button is " + where);
                }
            }
            found.addAll(LayoutProblems.in((Parent) welcome));
            return found;
        }).get();
        assertEquals(List.of(), problems);
        assertEquals(timelineAtStart, WaitForAsyncUtils.asyncFx(this::timeline).get(), 2,
                "the timeline's height with the notice over it, as at the start without it");
    }

    /** The timeline's height, and the notice's over it when one shows. */
    private double timeline() {
        Node notice = window.root().lookup(".input-notice");
        boolean shown = notice != null && notice.isVisible() && notice.isManaged();
        return window.timeline().getHeight() + (shown ? notice.getLayoutBounds().getHeight() : 0);
    }
}
