package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * What the empty timeline shows: how to begin, in the words of the mode the window is in, and the one-click start of the lesson from the
 * notes, offered while the window is at rest (not in the middle of step mode or another activity).
 */
final class Welcome {
    private Welcome() {
    }

    /** @param reading what a file being opened is (the status line's words), null when none is */
    static Node of(Node words, Button lessonButton, WindowModel modes, wsinspector.ui.I18n i18n,
            javafx.beans.property.ReadOnlyStringProperty reading) {
        if (words instanceof javafx.scene.control.Label label) {
            // step mode at its start, and the live stepper, have nothing to open or connect: Next is what to do; while
            // a file is read (from the first frame when the command line names one) the timeline says so, not "empty"
            label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> reading.get() != null ? reading.get() : i18n.t(wordsFor(modes.activityProperty().get())),
                    modes.activityProperty(), i18n.localeProperty(), reading));
        }
        lessonButton.visibleProperty().bind(modes.activityProperty().isEqualTo(Activity.CLIENT).and(reading.isNull()));
        lessonButton.managedProperty().bind(lessonButton.visibleProperty());
        VBox box = new VBox(words, lessonButton);
        box.getStyleClass().add("lesson-welcome");
        box.getStylesheets().add(wsinspector.ui.lesson.LessonPanel.STYLESHEET);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private static String wordsFor(Activity activity) {
        return switch (activity) {
            case STEPS -> "steps.timeline.empty";
            case LIVE_STEPPER -> "live.step.timeline.empty";
            default -> "timeline.empty";
        };
    }
}
