package wsinspector.ui.lesson;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import wsinspector.ui.I18n;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.session.Session;
import wsinspector.ui.step.StepKeys;

/**
 * The guided lesson in the window: starts a lesson (built in, or a teacher's file) on the window's live
 * session, puts each step on screen (the conversation, the message selected in the timeline, the field
 * highlighted and the view opened in the inspector) and offers the ways in: a button on the empty window, the
 * File menu's items, the keys. What the window shows around it is the window's business: it is told through
 * {@code activate} and {@code deactivate}.
 */
public final class LessonMode {
    /** How long a step waits for the message it points at (a loopback echo takes milliseconds). */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final I18n i18n;
    private final Session session;
    private final Supplier<ClientPaneModel> client;
    private final Supplier<InspectorPane> inspector;
    private final Runnable activate;
    private final Runnable deactivate;
    private final Supplier<Window> owner;
    private final BiConsumer<String, String> showError;
    /** Puts the live client and server panes on screen (true) or takes them off (false). */
    private final Consumer<Boolean> livePanes;
    /** Whether the lesson's opening put the live panes on screen (they step aside again at its first message). */
    private boolean panesShown;
    private final LessonPanel panel;
    private final ReadOnlyObjectWrapper<LessonRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<String> lastError = new ReadOnlyObjectWrapper<>(this, "lastError");
    /** The client pane's settings as the lesson under way borrowed them; null when none runs. */
    private ClientFields fields;

    /**
     * @param client     the window's client pane (and through it the live session), once the panes are built
     * @param inspector  the window's inspector, once built
     * @param activate   puts the lesson panel on screen (the window's mode)
     * @param deactivate takes it off
     * @param showError  shows a one-line error (header, text) in a dialog
     * @param livePanes  puts the live client and server panes on screen (true) or takes them off (false)
     */
    public LessonMode(I18n i18n, Session session, Supplier<ClientPaneModel> client, Supplier<InspectorPane> inspector,
                      Runnable activate, Runnable deactivate, Supplier<Window> owner, BiConsumer<String, String> showError,
                      Consumer<Boolean> livePanes) {
        this.i18n = i18n;
        this.session = session;
        this.client = client;
        this.inspector = inspector;
        this.activate = activate;
        this.deactivate = deactivate;
        this.owner = owner;
        this.showError = showError;
        this.livePanes = livePanes;
        this.panel = new LessonPanel(i18n, this::end);
    }

    /** Starts a lesson at its first step (the window shows the panel; the first step is taken at once). */
    public void start(Lesson lesson) {
        ClientPaneModel pane = client.get();
        if (pane == null) {
            return;   // the panes are built right after the first frame; nothing to drive before
        }
        stopRun();
        fields = new ClientFields(pane);
        LessonRun r = new LessonRun(lesson, new LessonLive(pane, fields, Platform::runLater), session, ANSWER_TIMEOUT,
                Platform::runLater);
        r.currentProperty().addListener((obs, old, now) -> point(now));
        run.set(r);
        panel.show(r);
        activate.run();
        r.next();
    }

    public void start(BuiltInLessons builtIn) {
        start(builtIn.load());
    }

    /**
     * Opens a teacher's lesson file and starts it; a broken file is one sentence (in {@link #lastErrorProperty()}
     * and a dialog) naming the file and the step, and no lesson starts.
     */
    public boolean open(Path file) {
        try {
            Lesson lesson = LessonReader.read(file);
            lastError.set(null);
            start(lesson);
            return true;
        } catch (LessonFileException e) {
            String line = e.in(LessonWords.of(i18n));
            lastError.set(line);
            showError.accept(LessonWords.of(i18n).t("error.open", file.getFileName()), line);
            return false;
        }
    }

    public void openWithChooser() {
        LessonWords words = LessonWords.of(i18n);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.t("chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.t("chooser.filter"), "*.json"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Ends the lesson (Esc, the panel's button); the live session stays as it is. */
    public void end() {
        stopRun();
        deactivate.run();
    }

    /** Called when the window leaves the lesson for another mode. */
    public void ended() {
        stopRun();
    }

    private void stopRun() {
        panesShown = false;
        LessonRun r = run.get();
        if (r != null) {
            r.stop();
            run.set(null);
        }
        if (fields != null) {
            fields.restore();
            fields = null;
        }
    }

    /** The keys of a lesson, as step mode's (a presenter's clicker): → PgDn Space next, ← PgUp back, Esc out. */
    public void handleKey(KeyEvent e) {
        LessonRun r = run.get();
        if (r != null) {
            StepKeys.handle(e, r::next, r::back, this::end);
        }
    }

    /** Puts a step on screen: its conversation, its message selected, its field highlighted, its view open. */
    private void point(LessonRun.Shown shown) {
        if (shown == null) {
            return;
        }
        LessonRun r = run.get();
        if (shown.step().pick() == null && r != null
                && r.lesson().steps().subList(0, shown.index()).stream().allMatch(s -> s.pick() == null)) {
            // the lesson has pointed at nothing yet: it shows nothing, not the frame of the file (or the lesson) on
            // screen before it; later steps without a message of their own keep the selection, as the file format says.
            // What it talks about is the client and the server it starts: their panes are on screen, not an empty
            // timeline over an empty inspector (W7-4)
            session.currentProperty().set(null);
            if (!panesShown) {
                panesShown = true;
                livePanes.accept(true);
            }
            return;
        }
        if (panesShown && shown.message() != null) {
            // the first message: the panes step aside for the timeline, the lesson and the inspector
            panesShown = false;
            livePanes.accept(false);
        }
        if (shown.message() == null) {
            return;
        }
        if (shown.conversation() != null && session.current() != shown.conversation()) {
            session.currentProperty().set(shown.conversation());
        }
        session.select(shown.message());
        InspectorPane pane = inspector.get();
        if (pane == null) {
            return;
        }
        LessonStep step = shown.step();
        if (step.tab() != null) {
            pane.showTab(step.tab());
        }
        // the part of that view the step talks about shows whole (the accept computation, the masking table)
        pane.showStepTab(LessonViews.of(step));
        if (step.field() != null) {
            shown.message().root().find(step.field()).ifPresent(pane::selectField);
        }
    }

    /** The button on the empty window: one click starts the lesson from the notes. */
    public Button welcomeButton() {
        Button b = new Button();
        b.textProperty().bind(LessonWords.bind(i18n, "lesson.start.notes"));
        b.setId("lesson-start-notes");
        b.getStyleClass().add("accent");
        b.setOnAction(e -> start(BuiltInLessons.NOTES));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(LessonWords.bind(i18n, "lesson.start.notes.hint"));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        b.setTooltip(tip);
        return b;
    }

    /** The File menu's lesson items: Open lesson…, and the built-in lessons. */
    /** Puts the lessons (the notes', the errors', Open lesson…) in the File menu, before its last separator and Quit. */
    public void install(javafx.scene.control.MenuBar bar) {
        javafx.scene.control.Menu file = bar.getMenus().get(0);
        int quit = file.getItems().size();
        for (int i = file.getItems().size() - 1; i >= 0; i--) {
            if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                quit = i;
                break;
            }
        }
        file.getItems().addAll(quit, menuItems());
    }

    public List<MenuItem> menuItems() {
        MenuItem open = item("menu.lesson.open", "menu-lesson-open", this::openWithChooser);
        MenuItem notes = item("menu.lesson.notes", "menu-lesson-notes", () -> start(BuiltInLessons.NOTES));
        MenuItem errors = item("menu.lesson.errors", "menu-lesson-errors", () -> start(BuiltInLessons.ERRORS));
        return List.of(new SeparatorMenuItem(), notes, errors, open);
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(LessonWords.bind(i18n, key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    public LessonPanel panel() {
        return panel;
    }

    /** The lesson being given, null when none. */
    public ReadOnlyObjectProperty<LessonRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The last lesson file error, as shown; null after a file opened well. */
    public ReadOnlyObjectProperty<String> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }
}
