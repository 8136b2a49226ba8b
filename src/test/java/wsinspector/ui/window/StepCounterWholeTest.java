package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;

/**
 * F5 step mode over a long conversation, in Russian, with and without F11: the step counter shows its total whole
 * («0 / 12001»); on a capture of a million messages it read «0 / 10...» in the controls' column (FINDINGS W9-15).
 */
@Timeout(90)
class StepCounterWholeTest extends WindowTest {
    @Test
    void theCounterOfALongConversationIsWhole() throws Exception {
        GatedSource source = new GatedSource(12000, Integer.MAX_VALUE, null);
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, load::isDone);
        for (boolean projector : List.of(false, true)) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.i18n().localeProperty().set(I18n.RUSSIAN);
                window.modes().projectorProperty().set(projector);
                window.modes().start(Activity.STEPS);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            String where = projector ? "F11" : "F5";
            WaitForAsyncUtils.asyncFx(() -> {
                assertEquals("0 / " + source.total(), window.stepPanel().counterLabel().getText(), where);
                window.root().applyCss();
                window.root().layout();
                javafx.scene.text.Text shown = (javafx.scene.text.Text) window.stepPanel().counterLabel().lookup(".text");
                assertEquals("0 / " + source.total(), shown.getText(), where + ": the counter drawn whole");
                assertEquals(null, InSight.outside(window.stepPanel().counterLabel(), 1280, 800), where + ": in view");
            }).get();
            WaitForAsyncUtils.asyncFx(() -> window.modes().end(Activity.STEPS)).get();
        }
    }
}
