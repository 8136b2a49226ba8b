package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * A capture's first view as the back row sees it, at 1280×800 and 1920×1080, in Russian and English, in the normal
 * window and in projector mode (F11): the handshake request the inspector opens on shows every header line of it on one
 * row each (not wrapped, not cut at a side), at 1920×1080 all of them at once, elsewhere at least four whole (the
 * first view showed one line and a half, projector mode half a line); the heading «Запрос рукопожатия (173 байта)» keeps one line where it fits beside the verdict (it broke
 * as «(173 / байта)» in F11 with half the width free); no tab header is cut («Нару…») (W6-5, W7-7). Outside projector
 * mode every line of the request is whole in view, at 1280×800 too, beside the accept computation's rows 1–3 whole (it
 * showed five lines and the key's cut); in projector mode the computation's first row, the key, is whole under the
 * lines (it was cut at the window's bottom) (W10-1).
 */
@Timeout(120)
class FirstViewHandshakeTest extends OffScreenWindowTest {
    /**
     * Where not all fit (jdk-client's request, a line more than the course notes' eight, at 1280×800), the lines whole
     * in view at least: the request line, Host, and two more.
     */
    private static final int LEAST_IN_VIEW = 4;
    /** Rows of the accept computation whole beside the lines outside projector mode: the key, the GUID, the two joined. */
    private static final int PROOF_ROWS_IN_VIEW = 3;
    /**
     * In projector mode's type, under the timeline's three arrows of it and over the accept computation: the request line
     * and Host (the view is 190 px tall at 1280×800; before, not one line showed whole).
     */
    private static final int LEAST_IN_VIEW_LARGE = 2;

    @ParameterizedTest
    @CsvSource({"1280, 800, ru, false,", "1280, 800, en, false,", "1920, 1080, ru, false,", "1920, 1080, en, false,",
            "1280, 800, ru, true,", "1280, 800, en, true,", "1920, 1080, ru, true,", "1920, 1080, en, true,",
            // a request without Origin: its remark (ℹ, no rule broken) is not where the first view starts (W6-5)
            "1280, 800, ru, false, jdk-client.pcapng", "1920, 1080, ru, false, jdk-client.pcapng",
            "1280, 800, ru, true, jdk-client.pcapng"})
    void theRequestOpensWithEveryLineOnARowOfItsOwn(double width, double height, String language, boolean projector,
                                                    String sample) throws Exception {
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), width, height);
        WindowFixture.open(window, sample == null ? SampleDumps.COURSE_NOTES : java.nio.file.Path.of("samples", sample));
        settle(width, height);
        if (projector) {   // as a lecturer does: F11 on the first view
            WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().set(true)).get();
        }
        settle(width, height);
        String at = (sample == null ? "" : sample + " ") + (int) width + "×" + (int) height + " " + language
                + (projector ? " F11" : "") + ": ";
        // in projector mode's type (44 px at 1920×1080), nine lines, the timeline's three arrows and the computation do
        // not fit one screen: the lines scroll there, some of them whole in view, the computation's key row under them
        boolean allInView = !projector && (width >= 1920 || sample == null);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> look(at, width, height, allInView,
                projector ? LEAST_IN_VIEW_LARGE : LEAST_IN_VIEW, projector ? 1 : PROOF_ROWS_IN_VIEW)).get();
        assertEquals(List.of(), problems);
    }

    private List<String> look(String at, double width, double height, boolean allInView, int leastInView,
                              int proofRowsInView) {
        List<String> found = new ArrayList<>();
        Node inspector = window.inspector();
        Label title = (Label) inspector.lookup(".inspector-title");
        Parent row = title.getParent();
        double fits = title.prefWidth(-1);
        if (fits <= row.getLayoutBounds().getWidth() && lines(title) > 1) {
            found.add(at + "the heading \"" + title.getText() + "\" wraps (" + lines(title) + " lines) though its line fits "
                    + "the header: " + Math.round(fits) + " of " + Math.round(row.getLayoutBounds().getWidth()) + " px");
        }
        Label verdict = (Label) inspector.lookup(".inspector-problem-count");
        String verdictShows = InSight.outside(verdict, width, height);
        if (verdictShows != null) {
            found.add(at + "the verdict \"" + verdict.getText() + "\" " + verdictShows);
        }
        TabPane tabs = (TabPane) inspector.lookup(".inspector-tabs");
        for (Node n : tabs.lookupAll(".tab-label")) {
            Labeled l = (Labeled) n;
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !shown.getText().equals(l.getText())) {
                found.add(at + "the tab header \"" + l.getText() + "\" shows as \"" + shown.getText() + "\"");
            }
        }
        if (!"handshake".equals(tabs.getSelectionModel().getSelectedItem().getId())) {
            found.add(at + "the view in front is " + tabs.getSelectionModel().getSelectedItem().getId());
            return found;
        }
        Node section = tabs.getSelectionModel().getSelectedItem().getContent().lookup(".hs-section-shown");
        List<Node> lines = new ArrayList<>(section.lookupAll(".hs-line"));
        if (lines.size() < 8) {
            found.add(at + "only " + lines.size() + " lines of the request");
        }
        int inView = 0;
        for (Node n : lines) {
            Label l = (Label) n;
            if (lines(l) > 1) {
                found.add(at + "\"" + l.getText() + "\" takes " + lines(l) + " lines");
            }
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !shown.getText().strip().equals(l.getText().strip())) {
                found.add(at + "\"" + l.getText() + "\" shows as \"" + shown.getText() + "\"");
            }
            String where = InSight.outside(l, width, height);
            if (where == null) {
                inView++;
            } else if (allInView) {
                found.add(at + "\"" + l.getText() + "\" not in view: " + where);
            }
        }
        if (inView < Math.min(leastInView, lines.size())) {
            found.add(at + "only " + inView + " of the request's " + lines.size() + " lines whole in view");
        }
        // each row of the computation as its backdrop spans it: the row's number, its name and its value
        List<Node> proofRows = new ArrayList<>(tabs.getSelectionModel().getSelectedItem().getContent().lookupAll(".proof-row"));
        if (proofRows.size() < proofRowsInView) {
            found.add(at + "the accept computation has " + proofRows.size() + " rows");
        }
        for (int i = 0; i < Math.min(proofRowsInView, proofRows.size()); i++) {
            String where = InSight.outside(proofRows.get(i), width, height);
            if (where != null) {
                found.add(at + "the accept computation's row " + (i + 1) + " (" + proofRows.get(i).getUserData()
                        + ") not whole in view: " + where);
            }
        }
        return found;
    }

    /** Lines of text the label shows at its height. */
    private static int lines(Label l) {
        Text t = (Text) l.lookup(".text");
        double line = t == null ? l.getFont().getSize() * 1.3 : t.getBaselineOffset() * 1.3;
        return (int) Math.max(1, Math.round((l.getHeight() - l.snappedTopInset() - l.snappedBottomInset()) / line));
    }

}
