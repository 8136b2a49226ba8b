package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;

/**
 * The cases that made JavaFX log "index exceeds maxCellCount" (the inspector's field tree scrolled down in a
 * short inspector, then another message or none; the timeline following thousands of arrows) log nothing now.
 */
@ExtendWith(ApplicationExtension.class)
class CellCountWarningTest {
    private static final Logger CONTROLS = Logger.getLogger("javafx.scene.control");
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (String.valueOf(r.getMessage()).contains("maxCellCount")) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private MainWindow window;

    @Start
    void start(Stage stage) {
        CONTROLS.setLevel(Level.ALL);
        CONTROLS.addHandler(recorder);
        window = WindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        CONTROLS.removeHandler(recorder);
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Test
    void aDeepFieldThenAnotherMessageAndAFloodOfArrowsLogNoCellCountWarning() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        List<Message> notes = List.copyOf(window.session().current().messages());
        for (Message m : notes) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.session().select(m);
                Field last = deepest(m.root());
                window.inspector().selectField(last);   // the tree scrolls down to it
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.asyncFx(() -> window.session().select(null)).get();   // the tree empties
        WaitForAsyncUtils.waitForFxEvents();

        Conversation flood = new Conversation("flood", Conversation.Origin.LIVE);
        WaitForAsyncUtils.asyncFx(() -> window.session().add(flood)).get();
        Message hello = Dissector.dissect(SampleDumps.courseNotes()).messages().get(2);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(() -> flood.append(Collections.nCopies(2_000, hello))).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(10_000, window.timeline().messages().size());
        assertEquals(List.of(), warnings, "JavaFX's cell count warnings");
        assertTrue(window.inspector() != null);
    }

    private static Field deepest(Field f) {
        List<Field> children = f.children();
        return children.isEmpty() ? f : deepest(children.get(children.size() - 1));
    }
}
