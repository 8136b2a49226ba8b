package wsinspector.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import wsinspector.dissect.Message;
import wsinspector.export.ExportException;
import wsinspector.export.ExportSource;
import wsinspector.export.ExportView;
import wsinspector.export.Handout;
import wsinspector.export.Handouts;
import wsinspector.export.Words;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * File → Export handout…: the selected message (or the conversation on screen) as a handout, through the
 * same {@link Handouts} the {@code export} command uses. Rendering and writing run off the FX thread.
 */
public final class ExportMenu {
    private final ExportLabels labels;
    private final Supplier<Window> owner;
    private final Session session;
    private Path folder = Path.of(System.getProperty("user.home"));

    public ExportMenu(I18n i18n, Supplier<Window> owner, Session session) {
        this.labels = new ExportLabels(i18n);
        this.owner = owner;
        this.session = session;
    }

    /** Puts "Export handout…" in the File menu, after Save as (or at its end, before Quit). */
    public void install(MenuBar bar) {
        MenuItem item = new MenuItem();
        item.setId("menu-export");
        item.textProperty().bind(labels.bind("menu.export"));
        item.setOnAction(e -> exportSelected());
        Menu file = bar.getMenus().get(0);
        int at = (int) file.getItems().stream().takeWhile(i -> !"menu-save".equals(i.getId())).count() + 1;
        file.getItems().add(Math.min(at, file.getItems().size()), item);
    }

    /** Asks what to export and writes it; says why when nothing can be exported. */
    public void exportSelected() {
        Conversation conversation = session.current();
        if (conversation == null || conversation.messages().isEmpty()) {
            error(labels.t("error.nothing"));
            return;
        }
        List<Message> messages = List.copyOf(conversation.messages());
        Message selected = session.selected();
        int number = selected == null ? 0 : messages.indexOf(selected) + 1;
        String what = number > 0 ? labels.t("dialog.message", number, messages.size(),
                        labels.words().explanations().phrase(wsinspector.dissect.Summaries.of(selected)))
                : labels.t("dialog.conversation", conversation.label(labels.i18n()), messages.size());
        Optional<ExportChoice> choice = new ExportDialog(labels, owner.get(), what, views(selected), folder).ask();
        if (choice.isEmpty()) {
            return;
        }
        ExportChoice c = choice.get();
        if (c.view() != ExportView.SEQUENCE && number == 0) {
            error(labels.t("error.noSelection"));
            return;
        }
        ExportSource source = new ExportSource(conversation.label(labels.i18n()), -1, null, null, messages);
        Handout handout;
        try {
            handout = Handouts.make(source, c.view(), c.view() == ExportView.SEQUENCE ? null : number,
                    Words.forLanguage(c.language()));
        } catch (ExportException unfit) {
            error(unfit.sentence(labels.words()));
            return;
        }
        folder = c.file().toAbsolutePath().getParent() == null ? folder : c.file().toAbsolutePath().getParent();
        write(handout, c);
    }

    /** The views that fit the selected message first, then the sequence (any conversation has one). */
    private static List<ExportView> views(Message selected) {
        List<ExportView> out = new ArrayList<>();
        for (ExportView v : ExportView.values()) {
            if (v != ExportView.SEQUENCE && selected != null && Handouts.fits(v, selected)) {
                out.add(v);
            }
        }
        out.add(ExportView.SEQUENCE);
        return out;
    }

    private void write(Handout handout, ExportChoice c) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
                c.format().write(handout, bytes);
                // written beside and then moved, so a reader never sees half a handout
                Path target = c.file().toAbsolutePath();
                Path part = target.resolveSibling(target.getFileName() + ".part");
                Files.write(part, bytes.toByteArray());
                return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        };
        task.setOnSucceeded(e -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, labels.t("done", task.getValue()));
            done.initOwner(owner.get());
            done.setHeaderText(null);
            done.setTitle(labels.t("dialog.title"));
            done.show();
        });
        task.setOnFailed(e -> error(labels.t("error.write", c.file(), String.valueOf(task.getException().getMessage()))));
        Thread worker = new Thread(task, "export-handout");
        worker.setDaemon(true);
        worker.start();
    }

    private void error(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        alert.setTitle(labels.t("dialog.title"));
        alert.show();
    }
}
