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
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * An empty file opened after a capture, at 1280×800 and 1920×1080 in Russian: the window looks as it does when it
 * starts with nothing open (the client and the server beside the timeline, the welcome and its lesson button whole),
 * not the capture's split: «Здесь пока пусто…» and «Урок по конспекту» squeezed into 100 px, the button cut, over 500
 * px of an empty inspector, the client and server hidden (W7-9).
 */
@Timeout(120)
class EmptyAfterCaptureLayoutTest extends OffScreenWindowTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theEmptyWindowAfterACaptureIsTheStartingOne(double width, double height) throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        settle(width, height);
        Layout atStart = window.modes().layout();
        double timelineAtStart = WaitForAsyncUtils.asyncFx(this::timelineAndNotice).get();

        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        settle(width, height);
        WindowFixture.open(window, Files.write(dir.resolve("empty.bin"), new byte[0]));
        settle(width, height);

        assertEquals(atStart, window.modes().layout(), "the window's parts as at its start");
        double timeline = WaitForAsyncUtils.asyncFx(this::timelineAndNotice).get();
        assertEquals(timelineAtStart, timeline, 2, "the timeline's height (and the notice «the file is empty» over it) as "
                + "at the start");
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
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
    }

    /** The timeline's height, and the notice's over it when one shows (the empty file's «Файл пуст»). */
    private double timelineAndNotice() {
        Node notice = window.root().lookup(".input-notice");
        boolean shown = notice != null && notice.isVisible() && notice.isManaged();
        return window.timeline().getHeight() + (shown ? notice.getLayoutBounds().getHeight() : 0);
    }
}
