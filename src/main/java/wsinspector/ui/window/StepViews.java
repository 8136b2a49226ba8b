package wsinspector.ui.window;

import java.util.function.Supplier;

import javafx.application.Platform;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.step.StepMode;

/**
 * Tells the inspector which of its views the step on screen talks about ({@link StepTabs}), in step mode and in live
 * step mode, and that no step names one in the other modes (the guided lesson names its own, step by step). Named
 * after the step's message is selected: the inspector opens the view on the message it shows.
 */
final class StepViews {
    private final WindowModel modes;
    private final StepMode steps;
    private final LiveSlots live;
    private final Supplier<InspectorPane> inspector;
    private LiveStepper followed;

    StepViews(WindowModel modes, StepMode steps, wsinspector.ui.step.StepPanel panel, LiveSlots live,
              Supplier<InspectorPane> inspector) {
        this.modes = modes;
        // projector mode: the step's buttons in a row over its lesson, which keeps the width (see StepPanel)
        modes.projectorProperty().addListener((obs, old, now) -> panel.setProjector(now));
        this.steps = steps;
        this.live = live;
        this.inspector = inspector;
        steps.positionProperty().addListener((obs, old, now) -> nameLater());
        steps.pageProperty().addListener((obs, old, now) -> nameLater());
        modes.activityProperty().addListener((obs, old, now) -> nameLater());
    }

    private void nameLater() {
        Platform.runLater(this::name);
    }

    private void name() {
        InspectorPane pane = inspector.get();
        if (pane == null || modes.isOn(Activity.LESSON)) {
            return;
        }
        StepTab tab = null;
        if (modes.isOn(Activity.STEPS)) {
            tab = StepTabs.forLessons(steps.lessonKeys());
        } else if (modes.isOn(Activity.LIVE_STEPPER) && live.stepPane() != null) {
            LiveStepper stepper = live.stepPane().stepper();
            if (followed != stepper) {
                followed = stepper;
                stepper.currentProperty().addListener((obs, old, now) -> nameLater());
            }
            tab = StepTabs.forLiveStep(stepper.currentProperty().get(), pane.messageProperty().get());
        }
        if (tab != pane.stepTab()) {
            pane.showStepTab(tab);
        }
    }
}
