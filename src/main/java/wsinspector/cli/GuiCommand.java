package wsinspector.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import wsinspector.ui.window.Launcher;

/** {@code gui [FILE]}: the window, optionally opening a capture or dump (DESIGN.md, "Contracts"). */
@Command(name = "gui", mixinStandardHelpOptions = true)
public final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        Launcher.launch(file);
        return 0;
    }
}
