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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/**
 * Step mode (F5) over the course notes, with and without projector mode (F11), the field tree scrolled to its last
 * row on each step and the window made shorter and taller again: JavaFX logs no "index exceeds maxCellCount". It
 * logged on every step whose view stands alone (the accept computation, the masking table, the bits): the tree, out of
 * the scene then, got the next message's rows, and its cells, made outside a scene, measured 0 px high.
 */
class FieldTreeSqueezeTest extends OffScreenWindowTest {
    /** Held here: java.util.logging keeps its loggers weakly, the handler would go with a collected one. */
    private static final Logger CONTROLS = Logger.getLogger("javafx.scene.control");
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private volatile String at = "";
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (String.valueOf(r.getMessage()).contains("maxCellCount")) {
                warnings.add(at + ": " + r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void record() {
        CONTROLS.setLevel(Level.ALL);
        CONTROLS.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        CONTROLS.removeHandler(recorder);
    }

    @ParameterizedTest(name = "{0}×{1} F11 {2}")
    @CsvSource({"1280, 800, false", "1920, 1080, true"})
    @Timeout(300)
    void theTreeAtItsLastRowThroughTheStepsLogsNoCellCountWarning(double width, double height, boolean projector)
            throws Exception {
        int[] steps = {0};
        walkTheNotesSteps(width, height, projector, (language, keys, where) -> {
            at = where;
            steps[0]++;
            WaitForAsyncUtils.asyncFx(() -> {
                Message m = window.inspector().messageProperty().get();
                if (m != null) {
                    window.inspector().selectField(deepest(m.root()));   // the tree scrolls down to its last row
                }
            }).get();
            for (double share : new double[] {0.6, 0.4, 1}) {
                at = where + " at " + (int) (height * share) + " px";
                settleLaidOut(width, height * share);
            }
            return true;
        });
        assertTrue(steps[0] >= 20, "pages of step mode walked: " + steps[0]);
        assertEquals(List.of(), warnings, "JavaFX's cell count warnings");
    }

    private static Field deepest(Field f) {
        List<Field> children = f.children();
        return children.isEmpty() ? f : deepest(children.get(children.size() - 1));
    }
}
