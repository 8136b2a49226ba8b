package wsinspector.ui.exercise;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import wsinspector.exercise.ExerciseException;
import wsinspector.exercise.ExerciseFile;
import wsinspector.exercise.ExerciseSet;

/** Choosing, reading and the error dialogs of exercise files; every failure is one sentence in the window's language. */
final class ExerciseFiles {
    private final ExerciseLabels labels;
    private File lastDirectory;

    ExerciseFiles(ExerciseLabels labels) {
        this.labels = labels;
    }

    Optional<Path> chooseOpen(Window owner) {
        File f = chooser("file.open").showOpenDialog(owner);
        return remember(f);
    }

    Optional<Path> chooseSave(Window owner) {
        FileChooser c = chooser("file.save");
        c.setInitialFileName(labels.t("file.defaultName"));
        return remember(c.showSaveDialog(owner));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser c = new FileChooser();
        c.setTitle(labels.t(titleKey));
        c.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(labels.t("file.filter"), "*.json"),
                new FileChooser.ExtensionFilter(labels.t("file.filter.all"), "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            c.setInitialDirectory(lastDirectory);
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }

    /** The set a file holds, or the reason it cannot be read, shown in a dialog. */
    Optional<ExerciseSet> read(Path file, Window owner) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(ExerciseFile.read(in));
        } catch (ExerciseException e) {
            error(owner, labels.t("error.read", file.getFileName(), labels.texts().error(e)));
        } catch (IOException e) {
            error(owner, labels.t("error.read", file.getFileName(), e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return Optional.empty();
    }

    /** Writes a set; a file that cannot be written is said in a dialog, and the set stays open. */
    boolean write(ExerciseSet set, Path file, Window owner) {
        try (OutputStream out = Files.newOutputStream(file)) {
            ExerciseFile.write(set, out);
            return true;
        } catch (IOException | RuntimeException e) {
            error(owner, labels.t("error.write", file.getFileName(), e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
    }

    void error(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, new ButtonType(labels.t("button.ok"), ButtonType.OK.getButtonData()));
        a.setTitle(labels.t("error.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("exercise-error");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
