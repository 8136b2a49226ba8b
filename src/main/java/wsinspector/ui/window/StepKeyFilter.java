package wsinspector.ui.window;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import wsinspector.ui.lesson.LessonMode;
import wsinspector.ui.step.StepKeys;
import wsinspector.ui.step.StepMode;

/**
 * The step keys (Next, Back, leave) of whichever stepping mode is on: F5 step mode, the live stepper or the guided
 * lesson. The window's keys, not a pane's: a clicker's PageDown steps on wherever the focus is.
 */
final class StepKeyFilter implements EventHandler<KeyEvent> {
    private final WindowModel modes;
    private final StepMode steps;
    private final LiveSlots liveSlots;
    private final LessonMode lesson;

    StepKeyFilter(WindowModel modes, StepMode steps, LiveSlots liveSlots, LessonMode lesson) {
        this.modes = modes;
        this.steps = steps;
        this.liveSlots = liveSlots;
        this.lesson = lesson;
    }

    @Override
    public void handle(KeyEvent e) {
        if (modes.isOn(Activity.STEPS)) {
            StepKeys.handle(e, steps, () -> modes.end(Activity.STEPS));
        } else if (modes.isOn(Activity.LIVE_STEPPER) && liveSlots.stepPane() != null) {
            var stepper = liveSlots.stepPane().stepper();
            StepKeys.handle(e, stepper::next, stepper::back, () -> modes.end(Activity.LIVE_STEPPER));
        } else if (modes.isOn(Activity.LESSON)) {
            lesson.handleKey(e);
        }
    }
}
