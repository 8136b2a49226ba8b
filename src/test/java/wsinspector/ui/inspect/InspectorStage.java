package wsinspector.ui.inspect;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** An inspector alone on TestFX's stage, in the window's theme and a type size of the test's choice. */
final class InspectorStage {
    private InspectorStage() {
    }

    /**
     * Shows {@code pane} in a scene of this size, its type {@code fontPx} px. The stage is sized to the scene: TestFX's
     * one primary stage is shared by every test class, and one that set its width (BitsStackTest, 700 px) left a later
     * scene that wide (ORD).
     */
    static void show(Stage stage, InspectorPane pane, int fontPx, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StackPane root = new StackPane(pane);
        root.setStyle("-fx-font-size: " + fontPx + "px;");
        stage.setScene(new Scene(root, width, height));
        stage.sizeToScene();
        stage.show();
    }
}
