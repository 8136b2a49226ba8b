package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * Step mode (F5) over the course notes at 1280×800 and 1920×1080, in Russian and English: what the step panel draws
 * of each step's lesson is the lesson's text, character for character, the GUID among it as RFC 6455 spells it. The
 * hair spaces once added after its dashes (so that it could wrap there) showed as «258EAFA5- E914-47DA-…» and were
 * typed by the class (W6-3); nothing in the panel's text may be an added character, and nothing in it is cut.
 */
@Timeout(300)
class StepTextDrawnTest extends OffScreenWindowTest {
    @Test
    void theLessonsAreDrawnAsTheyAreWritten() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] guids = {0};
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1920, 1080})) {
            walkTheNotesSteps(size[0], size[1], (language, keys, at) -> {
                String drawn = WaitForAsyncUtils.asyncFx(() -> drawn(window.stepPanel())).get();
                for (String key : keys) {
                    String text = window.i18n().t(key + ".explain");
                    if (!drawn.contains(text)) {
                        problems.add(at + ": «" + text + "» is drawn as «" + drawn + "»");
                    }
                    guids[0] += text.contains(SecWebSocketAccept.GUID) ? 1 : 0;
                }
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.stepPanel()).stream()
                        .map(p -> at + ": " + p).toList()).get());
                return true;
            });
        }
        assertTrue(guids[0] >= 4, "steps whose text names the GUID, checked: " + guids[0]);
        assertEquals(List.of(), problems);
    }

    /** The texts of the labels under {@code node}, in the order they stand, joined as they are drawn. */
    private static String drawn(Node node) {
        StringBuilder b = new StringBuilder();
        if (node instanceof wsinspector.ui.step.Prose p) {   // its words, and the spaces drawn between them
            return p.isVisible() ? p.drawn() : "";
        }
        if (node instanceof Labeled l && l.isVisible() && l.getText() != null) {
            b.append(l.getText());
        }
        if (node instanceof Parent p && node.isVisible()) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(drawn(c)));
        }
        return b.toString();
    }
}
