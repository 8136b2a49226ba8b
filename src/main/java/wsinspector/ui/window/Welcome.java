package wsinspector.ui.window;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * What the empty timeline shows: how to begin (its own words), and the one-click start of the lesson from the
 * notes, offered while the window is at rest (not in the middle of step mode or another activity).
 */
final class Welcome {
    private Welcome() {
    }

    static Node of(Node words, Button lessonButton, WindowModel modes) {
        lessonButton.visibleProperty().bind(modes.activityProperty().isEqualTo(Activity.CLIENT));
        lessonButton.managedProperty().bind(lessonButton.visibleProperty());
        VBox box = new VBox(words, lessonButton);
        box.getStyleClass().add("lesson-welcome");
        box.getStylesheets().add(wsinspector.ui.lesson.LessonPanel.class.getResource("lesson.css").toExternalForm());
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }
}
