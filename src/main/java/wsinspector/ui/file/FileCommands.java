package wsinspector.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import wsinspector.capture.SaveFormat;
import wsinspector.capture.DumpException;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.ui.AfterPulse;
import wsinspector.ui.I18n;
import wsinspector.dissect.Message;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;
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
    private FxBatcher batcher;
    private CaptureLoad loading;
    private final InputNoticeBanner notice;
    /** Runs its argument once the view of the message shown is whole (the inspector's first view comes in steps). */
    private Consumer<Runnable> afterFirstView = Runnable::run;

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
        this.notice = new InputNoticeBanner(i18n, session.currentProperty());
    }

    /** What an opened input seems to be when it is no WebSocket conversation: for the window to put over the timeline. */
    public InputNoticeBanner notice() {
        return notice;
    }

    /**
     * How the window says that the message shown is on screen whole: {@code waiter} runs its argument then (the
     * inspector's first view comes in steps). A capture's reading waits for it and for the next frame drawn, so
     * that the first view does not share the processors with the reading. Without it, the reading waits for the
     * first message's frame only.
     */
    public void afterFirstView(Consumer<Runnable> waiter) {
        afterFirstView = Objects.requireNonNull(waiter, "waiter");
    }

    /** Opens a capture or dump in a background task; its conversations appear as they are read. */
    public Task<?> open(Path file) {
        lastFolder = file.toAbsolutePath().getParent();
        return open(new FileSource(file));
    }

    /**
     * Reads a source in a background task: its first conversation goes on screen with its first message
     * selected as soon as they are read, the rest follows in batches; the status bar counts them, and Cancel
     * (or Esc) stops the reading, keeping what was read. Opening another source first stops the one running.
     */
    public Task<?> open(CaptureSource source) {
        if (loading != null && loading.isRunning()) {
            loading.cancel();
        }
        notice.clear();
        Shown shown = new Shown();
        CaptureLoad load = new CaptureLoad(source, batcher(), found -> found.client() == null
                ? Conversation.ofFile(source.name(), found.timeOrigin(), found.reconstructed())
                // named by its key: the selector said «поток 0» in the English window after Ctrl+L (W9-16)
                : Conversation.ofFile(title(source.name(), found), found.timeOrigin(), found.reconstructed(),
                        "load.stream", source.name(), found.stream(), found.client(), found.server()), shown);
        loading = load;
        feedback.track(load, i18n.t("load.progress", source.name()));
        shown.reading = read -> showReading(source, load, read);
        load.progressProperty().addListener((obs, old, now) -> showReading(source, load, load.delivered()));
        load.setOnSucceeded(e -> loaded(source, load.getValue(), shown.opened));
        load.setOnFailed(e -> failedToOpen(source, load));
        load.setOnCancelled(e -> {
            long kept = load.stop();
            timeline.list().requestFocus();   // the Cancel button that had it is gone: the arrow keys work on
            // after the batches already on their way, so the count is what the window shows
            batcher().run(() -> feedback.show(kept == 0 ? "file.cancelled.nothing" : "file.cancelled", source.name(), kept));
        });
        EscapeCancels.whileRunning(load, stage.get());
        Thread t = new Thread(load, "wsinspector-open " + source.name());
        t.setDaemon(true);
        t.start();
        timeline.warmCells();   // while the first rows are read: their cells then cost the FX thread less at once
        wsinspector.ui.inspect.FirstViewWarmUp.fileOpening();
        return load;
    }

    /** The status line while a load reads: the messages handed to the window so far, and how far the reading got. */
    private void showReading(CaptureSource source, CaptureLoad load, long read) {
        if (load.isRunning()) {
            long percent = Math.round(Math.max(0, load.getProgress()) * 100);
            feedback.show("file.reading", source.name(), read, percent);
        }
    }

    /** What the window does as a load finds things (FX thread). */
    private final class Shown implements CaptureLoad.Shown {
        private final List<Conversation> opened = new java.util.ArrayList<>();
        private java.util.function.LongConsumer reading = read -> { };

        @Override
        public void conversation(Conversation c, boolean first) {
            opened.add(c);
            session.addInBackground(c);
            if (first) {
                session.currentProperty().set(c);
                onLoaded.run();
                timeline.list().requestFocus();
            }
        }

        @Override
        public void firstMessage(Message m, Runnable drawn) {
            if (session.selected() == null) {
                session.select(m);
            }
            afterFirstView.accept(() -> AfterPulse.run(timeline.list().getScene(), drawn));
        }

        @Override
        public void whatItIs(List<CaptureNotice> notices) {
            notice.loaded(notices, opened);
        }

        @Override
        public void afterNextFrame(Runnable action) {
            AfterPulse.run(timeline.list().getScene(), action);
        }

        @Override
        public void read(long messages) {
            reading.accept(messages);
        }
    }

    private FxBatcher batcher() {
        if (batcher == null) {
            batcher = new FxBatcher();
        }
        return batcher;
    }

    private void loaded(CaptureSource source, CaptureLoad.Result r, List<Conversation> opened) {
        if (opened.isEmpty()) {
            clearShown();   // an empty file: nothing of the last one stays on screen as if it were this one
        }
        notice.loaded(r.notices(), opened);
        if (!r.notices().isEmpty()) {
            // What the input seems to be, or what could not be read, before anything else about it.
            feedback.show("load.notice", source.name(), i18n.explanations().phrase(r.notices().get(0).phrase()));
        } else {
            feedback.show("load.done", source.name(), r.messages(), r.format());
        }
    }

    private String title(String name, CaptureSource.Found found) {
        return i18n.t("load.stream", name, found.stream(), found.client(), found.server());
    }

    private void failedToOpen(CaptureSource source, CaptureLoad load) {
        Throwable error = load.getException();
        String message = error instanceof DumpException unreadable ? i18n.explanations().phrase(unreadable.phrase())
                : i18n.t("error.unexpected", error.getMessage() == null ? error.toString() : error.getMessage());
        long kept = load.stop();
        if (kept > 0) {
            // what was read before the damage stays on screen; the reason is one line, no dialog over it
            feedback.show("file.failed.after", source.name(), kept, message);
            return;
        }
        // nothing of it was read: what was on screen stays there, as an editor keeps its document when another will
        // not open (it was cleared, and the lecturer's capture seemed lost behind the dialog, W9-11); the status line
        // and the dialog name the file that failed
        feedback.show("load.failed", source.name());
        feedback.showError(i18n.t("error.open.header", source.name()), sentence(message, source.name()));
    }

    /**
     * The reason as a dialog's sentence: the phrase is written to follow a colon in a line («не удаётся …»); one that
     * starts with the file's name («absent.pcap, строка 3: …») keeps the name as it is spelt.
     */
    private static String sentence(String reason, String fileName) {
        if (reason.isEmpty() || reason.startsWith(fileName)) {
            return reason;
        }
        return reason.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + reason.substring(1);
    }

    /**
     * No conversation on screen (selector, count, timeline, inspector empty) after a file that held none: the one shown
     * before stays in the selector's list to be chosen again (W6-1: its frames stayed under the new file's notice).
     */
    private void clearShown() {
        session.currentProperty().set(null);
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
     * Writes the conversation on screen in the format the file's extension names ({@code .pcapng} or {@code .xxd}), in
     * a background task with progress and Cancel (Esc), one message at a time: the messages on screen when it starts.
     * The status line says when it is saved; a dialog why it could not be.
     *
     * @return the save under way, or null (with a dialog) when there is nothing to save or the name has no such format
     */
    public Task<Long> saveTo(Path file) {
        Conversation c = session.current();
        if (c == null || c.messages().isEmpty()) {
            feedback.showError(i18n.t("error.save.header", fileName(file)), i18n.t("error.nothingToSave"));
            return null;
        }
        SaveFormat format = SaveFormat.of(file);
        if (format == null) {
            feedback.showError(i18n.t("error.save.header", fileName(file)), i18n.t("error.save.format"));
            return null;
        }
        int count = c.messages().size();
        String comment = i18n.t(format == SaveFormat.PCAPNG ? "save.comment.pcapng" : "save.comment.xxd", c.title(), count);
        // a loaded capture's rows are made again from its index (which another thread may read); a live one is copied
        java.util.function.IntFunction<Message> rows = c.index() != null ? c.index()::madeForOnce
                : java.util.List.copyOf(c.messages())::get;
        SaveTask save = new SaveTask(file, format, comment, rows, count);
        String name = fileName(file);
        feedback.track(save, i18n.t("file.saving", name));
        save.setOnSucceeded(e -> feedback.show("save.done", name));
        save.setOnCancelled(e -> feedback.show("file.save.cancelled", name));
        save.setOnFailed(e -> {
            Throwable error = save.getException();
            feedback.show("file.save.failed", name);
            feedback.showError(i18n.t("error.save.header", name), i18n.t("error.save.io",
                    error.getMessage() == null ? error.toString() : error.getMessage()));
        });
        EscapeCancels.whileRunning(save, stage.get());
        Thread t = new Thread(save, "wsinspector-save " + name);
        t.setDaemon(true);
        t.start();
        return save;
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
