package wsinspector.ui.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import wsinspector.dissect.Message;
import wsinspector.exercise.DrillGenerator;
import wsinspector.exercise.ExerciseException;
import wsinspector.exercise.ExerciseMaker;
import wsinspector.exercise.ExerciseRun;
import wsinspector.exercise.ExerciseSet;
import wsinspector.exercise.ExerciseSpec;
import wsinspector.ui.I18n;

/**
 * The window's way into exercises: make one from the selected message (the teacher's set grows
 * with each), generate a seeded drill, open a set a teacher saved. Each opens an exercise window.
 */
public final class ExerciseMenu {
    public static final KeyCombination MAKE = new KeyCodeCombination(KeyCode.F7);
    public static final KeyCombination DRILL = new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ExerciseLabels labels;
    private final Supplier<Window> owner;
    private final Supplier<Message> selected;
    private final ExerciseFiles files;
    private final List<ExerciseSpec> made = new ArrayList<>();
    private ExerciseWindow madeWindow;

    public ExerciseMenu(I18n i18n, Supplier<Window> owner, Supplier<Message> selected) {
        this.labels = new ExerciseLabels(i18n);
        this.owner = owner;
        this.selected = selected;
        this.files = new ExerciseFiles(labels);
    }

    /** Puts "Open exercises…" in the File menu, after Open, and the Exercises menu before Help. */
    public void install(MenuBar bar) {
        MenuItem open = item("menu.exercises.open", OPEN, this::openWithChooser);
        Menu exercises = new Menu();
        exercises.setId("menu-exercises");
        exercises.textProperty().bind(labels.bind("menu.exercises"));
        exercises.getItems().addAll(item("menu.exercises.make", MAKE, this::makeFromSelected),
                item("menu.exercises.drill", DRILL, this::newDrill),
                item("menu.exercises.open", null, this::openWithChooser));
        Menu file = bar.getMenus().get(0);
        int afterOpen = (int) file.getItems().stream().takeWhile(i -> !"menu-open".equals(i.getId())).count() + 1;
        file.getItems().add(Math.min(afterOpen, file.getItems().size()), open);
        int help = (int) bar.getMenus().stream().takeWhile(m -> !"menu-help".equals(m.getId())).count();
        bar.getMenus().add(help, exercises);
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(labels.bind(key));
        item.setId(key.replace('.', '-') + (accelerator == null ? "-again" : ""));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Asks which fields to hide in the selected message; the exercise joins the set made in this class. */
    public void makeFromSelected() {
        Message message = selected.get();
        if (message == null) {
            files.error(owner.get(), labels.t("make.nothingSelected"));
            return;
        }
        Optional<ExerciseSpec> bare = ExerciseMaker.from(message);
        if (bare.isEmpty()) {
            files.error(owner.get(), labels.t("make.notExercisable"));
            return;
        }
        new MakeExerciseDialog(bare.get(), labels, owner.get()).ask().ifPresent(this::addMade);
    }

    /** Adds an exercise to the set made in this class and shows it, in the one window that set has. */
    public Optional<ExerciseWindow> addMade(ExerciseSpec spec) {
        made.add(spec);
        if (madeWindow != null) {
            madeWindow.stage().close();
        }
        madeWindow = open(new ExerciseSet(labels.t("set.made"), OptionalLong.empty(), made)).orElse(null);
        if (madeWindow != null) {
            madeWindow.pane().go(made.size() - 1);
        }
        return Optional.ofNullable(madeWindow);
    }

    public void newDrill() {
        new DrillDialog(labels, owner.get()).ask().ifPresent(d ->
                open(DrillGenerator.generate(d.seed(), d.count(), labels.t("drill.name", Long.toString(d.seed())))));
    }

    public void openWithChooser() {
        files.chooseOpen(owner.get()).ifPresent(this::open);
    }

    /** Opens a saved set; a file that is not one says why in a dialog. */
    public Optional<ExerciseWindow> open(Path file) {
        return read(file).flatMap(this::open);
    }

    /** The set a file holds; a file that is not one says why in a dialog. */
    Optional<ExerciseSet> read(Path file) {
        return files.read(file, owner.get());
    }

    ExerciseLabels labels() {
        return labels;
    }

    ExerciseFiles files() {
        return files;
    }

    Optional<ExerciseWindow> open(ExerciseSet set) {
        try {
            ExerciseWindow w = new ExerciseWindow(new ExerciseRun(set), labels, files, owner.get());
            w.show();
            return Optional.of(w);
        } catch (ExerciseException e) {
            files.error(owner.get(), labels.texts().error(e));
            return Optional.empty();
        }
    }
}
