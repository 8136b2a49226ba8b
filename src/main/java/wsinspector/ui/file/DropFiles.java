package wsinspector.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** What a drop of files onto the window opens: the first regular file. */
public final class DropFiles {
    private DropFiles() {
    }

    /** Lets files be dropped on the scene; {@code open} opens them and says whether it did. */
    public static void install(Scene scene, Predicate<List<File>> open) {
        scene.setOnDragOver(e -> {
            if (accepts(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && open.test(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    public static boolean accepts(List<File> files) {
        return pick(files).isPresent();
    }

    public static Optional<Path> pick(List<File> files) {
        return files.stream().map(File::toPath).filter(Files::isRegularFile).findFirst();
    }
}
