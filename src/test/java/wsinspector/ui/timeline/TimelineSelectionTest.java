package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * The row the timeline draws as selected is the selected message, in view: when the message is selected as it
 * arrives (a lesson's step, told by the list itself), before it arrives (a capture's first message), from
 * elsewhere, or by a click. Four rows high, as in a lesson.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class TimelineSelectionTest {
    private static final List<Message> NOTES = Dissector.dissect(SampleDumps.courseNotes()).messages();
    private static final int FONT_PX = 13;
    private final StackPane root = new StackPane();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 600, 4 * FONT_PX * TimelineView.ROW_EM + 24));
        stage.show();
    }

    private ObservableList<Message> fresh() throws Exception {
        ObservableList<Message> messages = FXCollections.observableArrayList();
        fx(() -> {
            timeline = new TimelineView(new I18n(I18n.ENGLISH), new SimpleIntegerProperty(FONT_PX));
            root.getChildren().setAll(timeline);
            timeline.setMessages(messages);
            return null;
        });
        return messages;
    }

    @Test
    void aMessageSelectedWhileTheListAnnouncesItIsTheRowDrawn() throws Exception {
        ObservableList<Message> messages = fresh();
        // as a lesson's step does: it hears the list first (an invalidation listener runs before the list view's own)
        fx(() -> {
            messages.addListener((InvalidationListener) o -> timeline.selectedProperty().set(messages.get(messages.size() - 1)));
            return null;
        });
        for (Message m : NOTES) {
            fx(() -> messages.add(m));
            assertDrawn(m);
        }
    }

    @Test
    void aMessageSelectedBeforeItArrivesIsDrawnWhenItComes() throws Exception {
        ObservableList<Message> messages = fresh();
        fx(() -> messages.addAll(NOTES.subList(0, 2)));
        Message later = NOTES.get(5);
        fx(() -> {
            timeline.selectedProperty().set(later);
            return null;
        });
        fx(() -> messages.addAll(NOTES.subList(2, NOTES.size())));
        assertDrawn(later);
    }

    @Test
    void selectionFromElsewhereAndByClickIsDrawn() throws Exception {
        ObservableList<Message> messages = fresh();
        fx(() -> messages.addAll(NOTES));
        for (int i : new int[] {7, 0, 4, 2}) {
            fx(() -> {
                timeline.selectedProperty().set(NOTES.get(i));
                return null;
            });
            assertDrawn(NOTES.get(i));
        }
        Node row = fx(() -> cellOf(NOTES.get(3)));
        new FxRobot().clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTES.get(3), timeline.selectedProperty().get(), "a click selects");
        assertDrawn(NOTES.get(3));
    }

    /**
     * A click on an early row of a huge list (a loaded capture's list makes each row's message when asked) reads the
     * rows in view, not every row: the selection model knows the clicked row, so nothing searches for it.
     */
    @Test
    void aClickInAHugeListAsksOnlyForTheRowsInView() throws Exception {
        CountingRows rows = new CountingRows(NOTES, 200_000);
        fresh();
        fx(() -> {
            timeline.setMessages(rows);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int before = rows.asked;
        fx(() -> {
            timeline.list().getSelectionModel().select(1);   // what a click on the second row does
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTES.get(1), timeline.selectedProperty().get(), "the clicked row's message is selected");
        int asked = rows.asked - before;
        assertTrue(asked < 1_000,
                "rows asked for after the click: " + asked + " of " + rows.size());
    }

    /**
     * A read-only list of many rows, counting how often a row is asked for: the second row holds the one message
     * no other row holds (as each row of a capture is its own message), every other row the first message.
     */
    private static final class CountingRows extends ObservableListBase<Message> {
        private final List<Message> repeated;
        private final int size;
        int asked;

        CountingRows(List<Message> repeated, int size) {
            this.repeated = repeated;
            this.size = size;
        }

        @Override
        public Message get(int row) {
            asked++;
            return repeated.get(row == 1 ? 1 : 0);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private Node cellOf(Message m) {
        for (Node n : timeline.list().lookupAll(".arrow-cell")) {
            if (n instanceof ListCell<?> cell && cell.getItem() == m && DrawnSelection.shown(cell)) {
                return cell;
            }
        }
        throw new AssertionError("no row shows " + m);
    }

    /** Exactly one row drawn selected, the message's, and it lies within the list's view. */
    private void assertDrawn(Message m) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> drawn = fx(() -> DrawnSelection.rows(timeline.list(), m));
        assertEquals(fx(() -> DrawnSelection.only(timeline.list(), m)), drawn, "the rows drawn selected");
        assertEquals(m, timeline.selectedProperty().get(), "the selection itself");
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
