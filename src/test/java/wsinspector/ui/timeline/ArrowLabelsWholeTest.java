package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.I18n;

/**
 * The guided lessons' longest arrow labels, in a timeline from narrower than the window ever makes it (26 em, beside a
 * lesson's text at 1280×800) to wider, at the window's and larger type, in Russian and English: every label shows
 * whole, not cut with «…» nor past the row, and a frame with FIN 0 still says so (S5: «Продолжение 5 Б (замаскирован)
 * (FIN 0, про…», «Продолжение "Hello, fragments" (замаскиров…» in the notes lesson's step 20, «Пинг "ping"
 * (замаскирован) (FIN 0, продолж…» in the errors lesson's step 9, «Текст "…" (замаскирован) (обо…» in its step 13).
 * The lessons themselves take a minute to walk there; their frames are made here as they send them.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ArrowLabelsWholeTest {
    /** The least width the window gives the timeline, in em of its type ({@code SideShares.TIMELINE_EM}). */
    private static final double LEAST_EM = 26;
    private static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};
    private final Pane root = new Pane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    private static List<Message> lessonFrames() {
        List<Chunk> sent = new ArrayList<>();
        // the notes lesson's fragments: "Hello" with FIN 0, ", fra" with FIN 0, "gments" with FIN 1, masked
        sent.add(client(FrameSpec.text("Hello").withFin(false)));
        sent.add(client(FrameSpec.continuation(", fra".getBytes()).withFin(false)));
        sent.add(client(FrameSpec.continuation("gments".getBytes())));
        // the errors lesson's ping with FIN 0 (a control frame must not be fragmented)
        sent.add(client(FrameSpec.ping("ping".getBytes()).withFin(false)));
        // its text cut short: bytes that are no text, the frame ends before its length
        byte[] cut = FrameEncoder.encode(FrameSpec.text("\u00e9x\u00d79\u00ff\u00fe\u00fd\u00fc").withMask(MASK));
        sent.add(Chunk.of(Direction.CLIENT_TO_SERVER, java.util.Arrays.copyOf(cut, cut.length - 3)));
        return Dissector.dissect(sent).messages();
    }

    private static Chunk client(FrameSpec frame) {
        return Chunk.of(Direction.CLIENT_TO_SERVER, FrameEncoder.encode(frame.withMask(MASK)));
    }

    @Test
    void theLessonsLongestLabelsShowWholeInTheNarrowestTimeline() throws Exception {
        List<Message> messages = lessonFrames();
        List<String> found = new ArrayList<>();
        for (int px : new int[] {15, 18, 24}) {
            for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
                I18n i18n = new I18n(language);
                TimelineView timeline = fx(() -> {
                    TimelineView t = new TimelineView(i18n, new SimpleIntegerProperty(px));
                    root.getChildren().setAll(t);
                    t.setMessages(FXCollections.observableArrayList(messages));
                    return t;
                });
                for (double em = LEAST_EM - 6; em <= LEAST_EM + 10; em += 2) {
                    double width = em * px;
                    String at = px + " px " + language + ", " + Math.round(width) + " px wide: ";
                    found.addAll(fx(() -> {
                        // sized here, not through the stage: a stage's new size reaches its scene a pulse later
                        for (int pass = 0; pass < 3; pass++) {
                            timeline.resize(width, (messages.size() + 3) * px * TimelineView.ROW_EM);
                            timeline.applyCss();
                            timeline.layout();
                        }
                        return cut(timeline, i18n, at);
                    }));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The labels drawn in part, or a frame with FIN 0 whose label no longer says so. */
    private static List<String> cut(TimelineView timeline, I18n i18n, String at) {
        List<String> found = new ArrayList<>();
        int seen = 0;
        for (Node n : timeline.list().lookupAll(".arrow-cell")) {
            if (!(n instanceof ListCell<?> cell) || cell.isEmpty() || !cell.isVisible() || cell.getItem() == null) {
                continue;
            }
            Message m = (Message) cell.getItem();
            Label l = (Label) cell.lookup(".arrow-label");
            seen++;
            Text drawn = (Text) l.lookup(".text");
            if (drawn == null || !drawn.getText().equals(l.getText())) {
                found.add(at + "«" + ArrowLabels.label(m, i18n) + "» shows as «" + (drawn == null ? "" : drawn.getText()) + "»");
                continue;
            }
            if (ArrowLabels.label(m, i18n).contains("FIN 0") && !l.getText().contains("FIN 0")) {
                found.add(at + "«" + l.getText() + "» no longer says FIN 0");
            }
            Bounds b = l.localToScene(l.getBoundsInLocal());
            Bounds row = cell.localToScene(cell.getLayoutBounds());
            if (b.getMinX() < row.getMinX() - 0.5 || b.getMaxX() > row.getMaxX() + 0.5) {
                found.add(at + "«" + l.getText() + "» spans x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX())
                        + " past its row's " + Math.round(row.getMinX()) + ".." + Math.round(row.getMaxX()));
            }
        }
        if (seen < 5) {
            found.add(at + "only " + seen + " rows drawn");
        }
        return found;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
