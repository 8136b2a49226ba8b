package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.inspect.HexLayout;
import wsinspector.ui.inspect.HexStyler;
import wsinspector.ui.inspect.InspectorWhole;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.session.Session;

/**
 * What the class sees on the steps of the guided lessons that showed the wrong thing or nothing, at 1280×800 and
 * 1920×1080, in Russian and in English: the lesson's opening, which starts the echo server, shows the client and the
 * server (an empty timeline over an empty inspector, W7-4); the notes' step about why the old framing was replaced
 * shows the reasons whole (they were under the fold, W8-1); the errors lesson's step about a length of 2^63 shows the
 * 8 length bytes its text names, selected in the hex (only the header's first two bytes were on screen, W8-9); the
 * steps about a frame's small data view leave no empty band in the inspector (a third of the screen blank under
 * the close code and the invalid UTF-8, W7-4).
 */
@Timeout(400)
class LessonRoomTest extends OffScreenWindowTest {
    /** The most of the window's height the inspector's explanation and the step's view may leave blank. */
    private static final double BLANK_SHARE = 0.15;

    private double width;
    private double height;
    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theStepsShowWhatTheyTalkAbout(double w, double h) throws Exception {
        width = w;
        height = h;
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        settle(width, height);
        int looked = 0;
        for (BuiltInLessons which : List.of(BuiltInLessons.NOTES, BuiltInLessons.ERRORS)) {
            WaitForAsyncUtils.asyncFx(() -> window.lesson().start(which)).get();
            LessonRun run = window.lesson().runProperty().get();
            for (int i = 0; i < run.lesson().steps().size(); i++) {
                nextLessonStep(window, run, i);
                String step = which + " " + (i + 1);
                if (!List.of("NOTES 1", "NOTES 21", "NOTES 25", "ERRORS 1", "ERRORS 6", "ERRORS 12").contains(step)) {
                    continue;
                }
                for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
                    WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
                    InspectorWhole.await(window.inspector());
                    settle(width, height);
                    String at = (int) width + "×" + (int) height + " " + language + " " + step;
                    int before = problems.size();
                    WaitForAsyncUtils.asyncFx(() -> look(step, run.currentProperty().get(), at)).get();
                    if (problems.size() > before) {   // the evidence: what the class would have seen
                        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(
                                () -> Snapshots.render(window.root().getScene())).get();
                        Snapshots.write(image, java.nio.file.Path.of("target", "lesson-room", at.replace(' ', '-') + ".png"));
                    }
                    looked++;
                }
                WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
            }
            WaitForAsyncUtils.asyncFx(() -> window.lesson().end()).get();
        }
        assertEquals(12, looked, "steps looked at");
        assertEquals(List.of(), problems);
    }

    private void look(String step, LessonRun.Shown shown, String at) {
        switch (step) {
            case "NOTES 1", "ERRORS 1" -> liveSidesShown(at);
            case "NOTES 25" -> problems.addAll(InSight.viewOutside(window, "legacy", "legacy-reasons", width, height, at));
            case "ERRORS 12" -> fieldBytesShown(shown.message(), shown.step().field(), at);
            default -> noBlank(at);
        }
    }

    /** The client and the server, each with its state (the server's address it listens on) whole on screen. */
    private void liveSidesShown(String at) {
        for (String id : List.of("#client-state", "#server-state")) {
            Node state = window.root().lookup(id);
            String where = state == null ? "not built" : InSight.outside(state, width, height);
            if (where != null) {
                problems.add(at + ": " + id + " is " + where);
            }
        }
        if (window.root().lookup("#server-state") instanceof Label l && !l.getText().contains("ws://")) {
            problems.add(at + ": the server does not say where it listens: " + l.getText());
        }
    }

    /** Every byte of the step's field selected in the hex, in a row shown whole. */
    private void fieldBytesShown(Message m, String key, String at) {
        Field f = m.root().find(key).orElseThrow();
        CodeArea area = (CodeArea) window.inspector().lookup(".hex-area");
        if (area == null || InSight.outside(area, width, height) != null) {
            problems.add(at + ": the hex is not on screen (" + (area == null ? "none" : InSight.outside(area, width, height)) + ")");
            return;
        }
        int rows = area.getParagraphs().size();
        int perRow = rows < 2 ? m.length() : Integer.parseInt(area.getParagraph(1).getText().trim().split("\\s+")[0], 16);
        HexLayout layout = new HexLayout(m.length(), perRow);
        double rowHeight = area.getTotalHeightEstimate() / rows;
        double scrolled = area.getEstimatedScrollY();
        for (long i = f.offset() - m.offset(); i < f.end() - m.offset(); i++) {
            int row = (int) (i / perRow);
            boolean selected = area.getStyleOfChar(layout.hexStart((int) i)).contains(HexStyler.SELECTED);
            double top = row * rowHeight - scrolled;
            if (!selected || top < -1 || top + rowHeight > area.getHeight() + 1) {
                problems.add(at + ": byte " + i + " of " + key + (selected ? "" : " is not selected and") + " is in row "
                        + row + " at " + Math.round(top) + " px of a hex " + Math.round(area.getHeight()) + " px tall");
                return;
            }
        }
    }

    /**
     * The inspector's explanation and the view in front hold their content with at most {@link #BLANK_SHARE} of the
     * window's height blank under it, together.
     */
    private void noBlank(String at) {
        double blank = 0;
        StringBuilder where = new StringBuilder();
        Node detail = window.inspector().lookup(".detail-scroll");
        if (detail instanceof ScrollPane s && s.isVisible() && s.getContent() instanceof Region content && s.getHeight() > 0) {
            double b = s.getViewportBounds().getHeight() - content.getHeight();
            if (b > 0) {
                blank += b;
                where.append(" the explanation ").append(Math.round(b)).append(" px");
            }
        }
        TabPane tabs = (TabPane) window.inspector().lookup(".inspector-tabs");
        Tab front = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        if (front != null && front.getContent() instanceof ScrollPane s && tabs.isVisible()
                && s.getContent() instanceof Region content) {
            double b = s.getViewportBounds().getHeight() - content.prefHeight(s.getViewportBounds().getWidth());
            if (b > 0) {
                blank += b;
                where.append(" the view ").append(front.getId()).append(' ').append(Math.round(b)).append(" px");
            }
        }
        if (blank > BLANK_SHARE * height) {
            problems.add(at + ": " + Math.round(blank) + " px blank in the inspector:" + where);
        }
    }
}
