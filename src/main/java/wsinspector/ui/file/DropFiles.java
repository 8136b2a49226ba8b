package wsinspector.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a drop of files onto the window opens: the first regular file. */
public final class DropFiles {
    private DropFiles() {
    }

    public static boolean accepts(List<File> files) {
        return pick(files).isPresent();
    }

    public static Optional<Path> pick(List<File> files) {
        return files.stream().map(File::toPath).filter(Files::isRegularFile).findFirst();
    }
}
