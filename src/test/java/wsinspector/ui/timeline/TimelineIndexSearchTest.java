package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.Callable;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageIndex;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/**
 * A message of a big loaded capture selected from elsewhere (a lesson, the session, the capture's first message), not
 * by a click: the timeline finds its row through the capture's index instead of walking the rows from the newest,
 * which made each row's message on the FX thread (a million messages for an early row of a million-row capture).
 * Counted in messages made, not timed.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class TimelineIndexSearchTest {
    private static final int ROWS = 200_000;
    /** A masked text frame "Hi" (RFC 6455 §5.7's key): 8 bytes. */
    private static final byte[] FRAME = {(byte) 0x81, (byte) 0x82, 0x37, (byte) 0xfa, 0x21, 0x3d, 0x7f, (byte) 0x93};
    private final StackPane root = new StackPane();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    /** A loaded conversation of {@link #ROWS} plain frames, in its index, none shown yet. */
    private Conversation loaded() throws Exception {
        Conversation c = Conversation.ofFile("big", OptionalLong.empty(), false);
        for (int i = 0; i < ROWS; i++) {
            c.index().plainFrame(Direction.CLIENT_TO_SERVER, (long) i * FRAME.length, (long) i * FRAME.length, FRAME, 0,
                    FRAME.length, 0);
        }
        fx(() -> {
            timeline = new TimelineView(new I18n(I18n.ENGLISH), new SimpleIntegerProperty(13));
            root.getChildren().setAll(timeline);
            timeline.setMessages(c.messages());
            return null;
        });
        return c;
    }

    @Test
    void anEarlyRowSelectedFromElsewhereIsFoundThroughTheIndex() throws Exception {
        Conversation c = loaded();
        fx(() -> {
            c.reveal(ROWS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        MessageIndex index = c.index();
        Message early = fx(() -> c.messages().get(3));
        long before = index.madeAgainCount();
        fx(() -> {
            timeline.selectedProperty().set(early);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, fx(() -> timeline.list().getSelectionModel().getSelectedIndex()), "its row is selected");
        assertSame(early, fx(() -> timeline.list().getSelectionModel().getSelectedItem()));
        long made = index.madeAgainCount() - before;
        assertTrue(made < 1_000, "messages made to find the row: " + made + " of " + ROWS);
    }

    @Test
    void aRowSelectedBeforeItIsShownIsFoundThroughTheIndexWhenItComes() throws Exception {
        Conversation c = loaded();
        MessageIndex index = c.index();
        // as a capture's first message: selected as it is handed over, its rows shown in the same hand-over
        Message early = index.get(3);
        long before = index.madeAgainCount();
        fx(() -> {
            timeline.selectedProperty().set(early);
            c.reveal(ROWS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, fx(() -> timeline.list().getSelectionModel().getSelectedIndex()), "its row is selected");
        long made = index.madeAgainCount() - before;
        assertTrue(made < 1_000, "messages made to find the row: " + made + " of " + ROWS);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
