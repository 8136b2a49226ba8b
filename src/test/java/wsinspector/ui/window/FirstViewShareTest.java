package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * A capture's first view in projector mode (F11) at 1280×800, in Russian and English: the timeline keeps its three
 * arrows (not a fourth: its floor was measured over an estimated chrome larger than projector mode's), and under them
 * the request's first lines end whole and the accept proof shows its heading whole (before: two lines, a third cut over
 * the proof, the proof's heading cut at the foot). Its first row, the key, is still cut at the foot.
 */
@Timeout(120)
class FirstViewShareTest extends OffScreenWindowTest {
    /** The request line and Host: over the proof, at projector mode's type, the view is 250 px tall. */
    private static final int LINES = 2;

    @ParameterizedTest
    @CsvSource({"ru", "en"})
    void projectorModeShowsTheRequestsLinesAndTheProofsHeading(String language) throws Exception {
        double width = 1280;
        double height = 800;
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().set(true)).get();
        settle(width, height);
        Snapshots.write(WaitForAsyncUtils.asyncFx(() -> Snapshots.render(window.root().getScene())).get(),
                java.nio.file.Path.of("target", "screenshots", "first-view-f11-" + language + ".png"));
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            String at = "1280×800 " + language + " F11: ";
            TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
            Node view = tabs.getSelectionModel().getSelectedItem().getContent();
            List<Node> lines = new ArrayList<>(view.lookup(".hs-section-shown").lookupAll(".hs-line"));
            long whole = lines.stream().limit(LINES).filter(n -> InSight.outside(n, width, height) == null).count();
            if (whole < LINES) {
                found.add(at + "the request's first " + LINES + " lines: " + whole + " whole in view");
            }
            for (String part : List.of(".proof-title")) {
                Node proof = view.lookup(part);
                String where = proof == null ? "missing" : InSight.outside(proof, width, height);
                if (where != null) {
                    found.add(at + "the proof's " + part + " " + where);
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), problems);
    }
}
