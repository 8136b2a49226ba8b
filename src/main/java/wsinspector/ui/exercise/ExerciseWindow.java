package wsinspector.ui.exercise;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import wsinspector.exercise.ExerciseRun;

/** A window holding an exercise set being answered, with Save set… (Ctrl+S) so a teacher can hand it out. */
final class ExerciseWindow {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final ExercisePane pane;
    private final ExerciseFiles files;

    ExerciseWindow(ExerciseRun run, ExerciseLabels labels, ExerciseFiles files, Window owner) {
        this.files = files;
        this.pane = new ExercisePane(run, labels);
        Button save = new Button();
        save.setId("exercise-save");
        save.textProperty().bind(labels.bind("button.save"));
        save.setOnAction(e -> save());
        BorderPane root = new BorderPane(pane);
        root.setTop(new ToolBar(save));
        root.getStyleClass().add("exercise-window");
        Scene scene = new Scene(root, 960, 720);
        scene.getStylesheets().add(ExerciseWindow.class.getResource("exercise.css").toExternalForm());
        scene.getAccelerators().put(SAVE, this::save);
        scene.getAccelerators().put(CLOSE, stage::close);
        stage.setScene(scene);
        stage.titleProperty().bind(labels.bind("window.title",
                run.set().title().isEmpty() ? labels.t("set.untitled") : run.set().title()));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    Stage stage() {
        return stage;
    }

    ExercisePane pane() {
        return pane;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private void save() {
        files.chooseSave(stage).ifPresent(this::saveTo);
    }

    boolean saveTo(Path file) {
        return files.write(pane.run().set(), file, stage);
    }
}
