package wsinspector.ui.window;

import java.util.function.Supplier;

import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import wsinspector.ui.I18n;
import wsinspector.ui.exercise.ExerciseMenu;
import wsinspector.ui.export.ExportMenu;
import wsinspector.ui.session.Session;

/**
 * The classroom's menus beside the window's own: exercises (F7, Shift+F7, Open exercises…) and handouts
 * (File → Export handout…). Each installs itself into the menu bar; the window knows only this pair.
 */
public final class ClassroomMenus {
    private final ExerciseMenu exercises;
    private final ExportMenu handouts;

    ClassroomMenus(I18n i18n, Supplier<Window> owner, Session session) {
        this.exercises = new ExerciseMenu(i18n, owner, session::selected);
        this.handouts = new ExportMenu(i18n, owner, session);
    }

    void install(MenuBar bar) {
        exercises.install(bar);
        handouts.install(bar);
    }

    /** Exercises made from the selected message, drills, exercise files. */
    public ExerciseMenu exercises() {
        return exercises;
    }

    /** File → Export handout… */
    public ExportMenu handouts() {
        return handouts;
    }
}
