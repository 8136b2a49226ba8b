package wsinspector.ui.file;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import wsinspector.capture.MessageChunks;
import wsinspector.capture.SaveFormat;
import wsinspector.capture.DumpException;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;
import wsinspector.ui.timeline.TimelineView;

/**
 * The File menu's commands: open a capture or dump (chooser, drop or path) in the background,
 * save the conversation on screen (live or loaded) as pcapng or as an xxd dump; failures end in a dialog.
 */
public final class FileCommands {
    private final I18n i18n;
    private final Session session;
    private final FileFeedback feedback;
    private final TimelineView timeline;
    private final Runnable onLoaded;
    private final Supplier<Stage> stage;
    private Path lastFolder;

    /**
     * @param feedback    the status line and the error dialogs
     * @param onLoaded    runs after a load (the window makes room for explaining it)
     * @param stage       the window's stage, or null before it is installed
     */
    public FileCommands(I18n i18n, Session session, FileFeedback feedback, TimelineView timeline,
                 Runnable onLoaded, Supplier<Stage> stage) {
        this.i18n = i18n;
        this.session = session;
        this.feedback = feedback;
        this.timeline = timeline;
        this.onLoaded = onLoaded;
        this.stage = stage;
    }

    /** Opens a capture or dump in a background task; a new conversation when it has loaded. */
    public Task<?> open(Path file) {
        CaptureLoad load = new CaptureLoad(file);
        lastFolder = file.toAbsolutePath().getParent();
        feedback.track(load, i18n.t("load.progress", fileName(file)));
        load.setOnSucceeded(e -> loaded(load.getValue()));
        load.setOnFailed(e -> failedToOpen(file, load.getException()));
        load.setOnCancelled(e -> feedback.show("load.cancelled", fileName(file)));
        Thread t = new Thread(load, "wsinspector-open " + fileName(file));
        t.setDaemon(true);
        t.start();
        return load;
    }

    private void loaded(CaptureLoad.Result r) {
        if (r == null) {
            return;
        }
        // Each conversation of a capture becomes one in the window's list, to be picked there.
        Conversation first = null;
        int total = 0;
        for (CaptureLoad.Opened o : r.conversations()) {
            Conversation c = new Conversation(title(r.file(), o), Conversation.Origin.FILE);
            c.append(o.messages());
            session.addInBackground(c);
            first = first == null ? c : first;
            total += o.messages().size();
        }
        if (first != null) {
            session.currentProperty().set(first);
        }
        onLoaded.run();
        if (first != null && !first.messages().isEmpty()) {
            session.select(first.messages().get(0));
        }
        timeline.list().requestFocus();
        if (!r.notices().isEmpty()) {
            // What the input seems to be, or what could not be read, before anything else about it.
            feedback.show("load.notice", fileName(r.file()), i18n.explanations().phrase(r.notices().get(0).phrase()));
        } else {
            feedback.show("load.done", fileName(r.file()), total, r.capture().format());
        }
    }

    private String title(Path file, CaptureLoad.Opened o) {
        if (o.connection().client() == null) {
            return fileName(file);
        }
        return i18n.t("load.stream", fileName(file), o.connection().stream(), o.connection().client(),
                o.connection().server());
    }

    private void failedToOpen(Path file, Throwable error) {
        feedback.show("load.failed", fileName(file));
        String message = error instanceof DumpException ? error.getMessage()
                : i18n.t("error.unexpected", error.getMessage() == null ? error.toString() : error.getMessage());
        feedback.showError(i18n.t("error.open.header", fileName(file)), message);
    }

    public void openWithChooser() {
        FileChooser chooser = chooser("open.title");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("open.filter.all"), "*"),
                new FileChooser.ExtensionFilter(i18n.t("open.filter.dumps"), "*.xxd", "*.hex", "*.txt", "*.dump", "*.bin"),
                new FileChooser.ExtensionFilter(i18n.t("open.filter.har"), "*.har"));
        File f = chooser.showOpenDialog(stage.get());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens the first file of a drop; false when none is a regular file. */
    public boolean dropFiles(List<File> files) {
        return DropFiles.pick(files).map(p -> {
            open(p);
            return true;
        }).orElse(false);
    }

    /**
     * Writes the conversation on screen in the format the file's extension names ({@code .pcapng} or
     * {@code .xxd}); false (with a dialog) when it could not.
     */
    public boolean saveTo(Path file) {
        Conversation c = session.current();
        if (c == null || c.messages().isEmpty()) {
            feedback.showError(i18n.t("error.save.header", fileName(file)), i18n.t("error.nothingToSave"));
            return false;
        }
        SaveFormat format = SaveFormat.of(file);
        if (format == null) {
            feedback.showError(i18n.t("error.save.header", fileName(file)), i18n.t("error.save.format"));
            return false;
        }
        String comment = i18n.t(format == SaveFormat.PCAPNG ? "save.comment.pcapng" : "save.comment.xxd",
                c.title(), c.messages().size());
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(out, MessageChunks.of(c.messages()), comment);
            feedback.show("save.done", fileName(file));
            return true;
        } catch (IOException | SecurityException e) {
            feedback.showError(i18n.t("error.save.header", fileName(file)), i18n.t("error.save.io", e.getMessage()));
            return false;
        }
    }

    public void saveWithChooser() {
        if (session.current() == null || session.current().messages().isEmpty()) {
            feedback.showError(i18n.t("error.save.header", "…"), i18n.t("error.nothingToSave"));
            return;
        }
        FileChooser chooser = chooser("save.title");
        FileChooser.ExtensionFilter pcapng = new FileChooser.ExtensionFilter(i18n.t("save.filter.pcapng"), "*.pcapng");
        FileChooser.ExtensionFilter xxd = new FileChooser.ExtensionFilter(i18n.t("save.filter.xxd"), "*.xxd");
        chooser.getExtensionFilters().addAll(pcapng, xxd);
        chooser.setInitialFileName(session.current().title().replaceAll("\\.[^.]*$", "") + ".pcapng");
        File f = chooser.showSaveDialog(stage.get());
        if (f != null) {
            saveTo(withExtension(f.toPath(), chooser.getSelectedExtensionFilter() == xxd ? SaveFormat.XXD : SaveFormat.PCAPNG));
        }
    }

    /** A name typed without an extension gets the chosen filter's, so the format is never a guess. */
    static Path withExtension(Path file, SaveFormat chosen) {
        return SaveFormat.of(file) != null ? file : file.resolveSibling(fileName(file) + "." + chosen.extension());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t(titleKey));
        Path folder = lastFolder != null ? lastFolder : startFolder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** Where the first dialog opens: the samples of the working folder when there are some (a checkout), else it. */
    static Path startFolder() {
        Path here = Path.of("").toAbsolutePath();
        Path samples = here.resolve("samples");
        return Files.isDirectory(samples) ? samples : here;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
