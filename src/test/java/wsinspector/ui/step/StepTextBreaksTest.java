package wsinspector.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.shape.PathElement;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The accept GUID in a step's text wraps only after its dashes, never inside a hex group
 * ("C5AB0DC8/5B11" on a projector): JavaFX text breaks a word too long for its line anywhere.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class StepTextBreaksTest {
    private static final Pattern GROUP = Pattern.compile("[0-9A-F]{4,}");

    @Start
    void start(Stage stage) {
        // the toolkit only: text is laid out without a window
    }

    @Test
    void theGuidBreaksOnlyAtItsDashesAtEveryWidth() throws Exception {
        String text = StepPanel.breakable("The server appends the GUID " + SecWebSocketAccept.GUID
                + " to the key, hashes it with SHA-1 and sends it back in Base64.");
        List<String> split = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (double size : new double[] {15, 24}) {
                for (int width = 240; width <= 700; width += 7) {   // from where "C5AB0DC85B11-" fits a line at 24 px
                    Text t = new Text(text);
                    t.setFont(Font.font("System", size));
                    t.setWrappingWidth(width);
                    Matcher m = GROUP.matcher(text);
                    while (m.find()) {
                        if (line(t, m.start()) != line(t, m.end() - 1)) {
                            found.add(m.group() + " split at " + width + " px, " + size + " px type");
                        }
                    }
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), split);
    }

    /** The top of the caret before character {@code index}: which line the character is on. */
    private static double line(Text t, int index) {
        PathElement[] caret = t.caretShape(index, true);
        return Math.round(((MoveTo) caret[0]).getY());
    }
}
