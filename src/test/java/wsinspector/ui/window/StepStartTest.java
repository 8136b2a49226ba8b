package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * Step mode (F5) at its start, before anything was sent, at 1280×800 and 1920×1080: the inspector has nothing to show
 * and takes no height; the step's lesson (its own height) and the timeline under it, in the inspector's place, have
 * the window. At 1920×1080 the inspector was a 620 px empty half-screen ("Select a message…") under a 180 px band.
 */
@Timeout(120)
class StepStartTest extends OffScreenWindowTest {
    private double width;
    private double height;

    @Test
    void atTheStartTheTimelineAndTheLessonHaveTheHeight() throws Exception {
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1920, 1080})) {
            width = size[0];
            height = size[1];
            String at = (int) width + "×" + (int) height;
            offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
            WindowFixture.open(window, SampleDumps.COURSE_NOTES);
            WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.STEPS)).get();
            settle(width, height);
            assertEquals(0, window.steps().positionProperty().get());
            javafx.geometry.Bounds[] placed = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Node list = window.timeline().list();
                return list.getScene() == null ? null : new javafx.geometry.Bounds[] {
                    window.stepPanel().localToScene(window.stepPanel().getLayoutBounds()),
                    list.localToScene(list.getLayoutBounds())};
            }).get();
            assertTrue(placed != null, at + ": the timeline is on screen");
            javafx.geometry.Bounds lesson = placed[0];
            javafx.geometry.Bounds timeline = placed[1];
            // the opening: the lesson its own height, the timeline under it in the inspector's place, to the foot
            assertTrue(timeline.getMinY() >= lesson.getMaxY() - 1, at + ": the timeline (from y " + timeline.getMinY()
                    + ") under the lesson (to y " + lesson.getMaxY() + ")");
            assertTrue(timeline.getMaxY() > height * 0.8, at + ": the lesson and the timeline reach y "
                    + timeline.getMaxY() + " of " + height);
            assertFalse(WaitForAsyncUtils.asyncFx(window.stepPanel()::lessonScrolls).get(), at + ": the lesson whole");
            // the first step brings the inspector back with its message
            WaitForAsyncUtils.asyncFx(window.steps()::next).get();
            settle(width, height);
            double after = WaitForAsyncUtils.asyncFx(() -> window.inspectorSlot().getHeight()).get();
            assertTrue(after > height * 0.3, at + ": step 1's message in the inspector, " + after + " px");
            WaitForAsyncUtils.asyncFx(window::close).get();
            window = null;
        }
    }
}
