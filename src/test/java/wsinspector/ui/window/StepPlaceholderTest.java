package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * The empty timeline says what to do in the mode it is in. In step mode at step 0 (a capture open) and in the live
 * step mode, it said "Open a capture (Ctrl+O), drop a dump file on the window, or connect the client", which the
 * lecturer had just done, or could not do there.
 */
@Timeout(40)
class StepPlaceholderTest extends WindowTest {
    @Test
    void theEmptyTimelineSaysWhatToDoInEachMode(FxRobot robot) throws Exception {
        robot.interact(() -> window.i18n().localeProperty().set(I18n.RUSSIAN));
        assertEquals(window.i18n().t("timeline.empty"), placeholder());
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Пошаговый режим: нажмите «Далее» (→), и первое сообщение разговора появится здесь.", placeholder());

        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.i18n().t("live.step.timeline.empty"), placeholder());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.i18n().t("timeline.empty"), placeholder());
    }

    private String placeholder() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) window.timeline().list().getPlaceholder()
                .lookup(".timeline-empty")).getText()).get();
    }
}
