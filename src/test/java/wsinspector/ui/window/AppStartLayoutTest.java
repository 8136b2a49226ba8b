package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.SampleDumps;

/**
 * The window started as the jar starts it ({@link InspectorApp#show}: the panes after the first frame, then the
 * file given on the command line) at the headless screen's 1280×800, as a lecturer first sees it: the capture's
 * first message, the handshake request, whose tab holds two views (the request line by line, the accept key's
 * computation). The other window tests chose frames, whose tab is one view; here the two shared the tab's three
 * rows, 25–50 px each, and nothing was cut sideways to tell.
 */
@Timeout(60)
class AppStartLayoutTest extends JarWindowTest {
    /** Lines of the window's type the inspector's lower tab shows at least: a table's sentence and its first rows. */
    static final int TAB_LINES = 7;
    @Test
    void aFileOpenedAtStartShowsTheInspectorWhole() throws Exception {
        window = WindowFixture.startAsTheJar(stage, SampleDumps.COURSE_NOTES);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.asyncFx(() -> {
            assertEquals(window.timeline().messages().get(0), window.inspector().messageProperty().get(), "the handshake request");
            assertEquals(List.of(), LayoutProblems.in(window.root()));
            assertTabShowsLines(window, TAB_LINES);
        }).get();
    }

    /** The selected tab's view is at least so many lines of the window's type tall. */
    static void assertTabShowsLines(MainWindow window, int lines) {
        Node area = window.inspector().lookup(".inspector-tabs .tab-content-area");
        double px = ((Region) area).getHeight();
        double least = lines * window.fontPx() * 1.2;
        assertTrue(px >= least, "the inspector's tab shows " + Math.round(px) + " px, less than " + lines + " lines ("
                + Math.round(least) + " px)");
    }
}
