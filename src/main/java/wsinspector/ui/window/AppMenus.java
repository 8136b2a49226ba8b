package wsinspector.ui.window;

import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import wsinspector.ui.I18n;

/**
 * The menu bar: File, View, Help, every label bound to the language, every command to a shortcut.
 * It talks to the window through {@link WindowCommands} and to the modes through {@link WindowModel}.
 */
final class AppMenus {
    static final KeyCombination OPEN = shortcut(KeyCode.O);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    static final KeyCombination QUIT = shortcut(KeyCode.Q);
    /** Ctrl and the "+ =" key, with or without Shift (the usual "Ctrl +" is Ctrl+Shift+= on most keyboards). */
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    static final KeyCombination ZOOM_IN_ADD = shortcut(KeyCode.ADD);
    static final KeyCombination ZOOM_OUT = shortcut(KeyCode.MINUS);
    static final KeyCombination ZOOM_OUT_SUBTRACT = shortcut(KeyCode.SUBTRACT);
    static final KeyCombination ZOOM_RESET = shortcut(KeyCode.DIGIT0);
    static final KeyCombination ZOOM_RESET_NUMPAD = shortcut(KeyCode.NUMPAD0);
    static final KeyCombination DARK = shortcut(KeyCode.D);
    static final KeyCombination LANGUAGE = shortcut(KeyCode.L);
    static final KeyCombination STEP = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination FRAME_BUILDER = shortcut(KeyCode.B);
    static final KeyCombination LIVE_STEP = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);
    static final KeyCombination HIDE_PANES = shortcut(KeyCode.H);
    static final KeyCombination ENLARGE_TABS = shortcut(KeyCode.M);
    static final KeyCombination PROJECTOR = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    private final I18n i18n;
    private final WindowCommands commands;
    private final WindowModel modes;
    private final MenuBar bar = new MenuBar();

    AppMenus(I18n i18n, WindowCommands commands, WindowModel modes) {
        this.i18n = i18n;
        this.commands = commands;
        this.modes = modes;
        bar.getMenus().addAll(file(), view(), help());
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * The zoom's other keys, which no menu item shows (a menu item has one accelerator): Ctrl with the "+" of
     * the main keys, the keypad's + and -, Ctrl+keypad 0.
     */
    static void installZoomKeys(javafx.scene.Scene scene, Zoom zoom) {
        scene.getAccelerators().put(ZOOM_IN_PLUS, zoom::zoomIn);
        scene.getAccelerators().put(ZOOM_IN_ADD, zoom::zoomIn);
        scene.getAccelerators().put(ZOOM_OUT_SUBTRACT, zoom::zoomOut);
        scene.getAccelerators().put(ZOOM_RESET_NUMPAD, zoom::reset);
    }

    private Menu file() {
        MenuItem open = item("menu.file.open", OPEN, commands::openWithChooser);
        open.setId("menu-open");
        MenuItem save = item("menu.file.save", SAVE, commands::saveWithChooser);
        save.setId("menu-save");
        MenuItem quit = item("menu.file.quit", QUIT, commands::quit);
        return menu("menu.file", open, save, new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        MenuItem in = item("menu.view.zoomIn", ZOOM_IN, commands::zoomIn);
        MenuItem out = item("menu.view.zoomOut", ZOOM_OUT, commands::zoomOut);
        MenuItem reset = item("menu.view.zoomReset", ZOOM_RESET, commands::zoomReset);
        CheckMenuItem dark = check("menu.view.dark", DARK, commands.darkProperty());

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = language("menu.view.english", I18n.ENGLISH, languages);
        RadioMenuItem russian = language("menu.view.russian", I18n.RUSSIAN, languages);
        i18n.localeProperty().addListener((obs, old, now) -> (i18n.isRussian() ? russian : english).setSelected(true));
        (i18n.isRussian() ? russian : english).setSelected(true);
        Menu language = menu("menu.view.language", english, russian);
        // in the View menu itself: accelerators of items in a submenu do not fire on every platform
        MenuItem toggle = item("menu.view.toggleLanguage", LANGUAGE, i18n::toggle);

        CheckMenuItem projector = check("menu.view.projector", PROJECTOR, modes.projectorProperty());
        CheckMenuItem hidePanes = check("menu.view.hidePanes", HIDE_PANES, modes.panesHiddenProperty());
        CheckMenuItem enlargeTabs = check("menu.view.enlargeTabs", ENLARGE_TABS, modes.tabsEnlargedProperty());
        CheckMenuItem step = activity("menu.view.step", STEP, Activity.STEPS);
        CheckMenuItem liveStep = activity("menu.view.liveStep", LIVE_STEP, Activity.LIVE_STEPPER);
        CheckMenuItem builder = activity("menu.view.frameBuilder", FRAME_BUILDER, Activity.FRAME_BUILDER);

        return menu("menu.view", in, out, reset, new SeparatorMenuItem(), dark, language, toggle,
                new SeparatorMenuItem(), projector, hidePanes, enlargeTabs,
                new SeparatorMenuItem(), step, liveStep, builder);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private CheckMenuItem check(String key, KeyCombination accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    /** A check item that shows whether the activity is on and turns it on or off (it may stay off: nothing to step through). */
    private CheckMenuItem activity(String key, KeyCombination accelerator, Activity which) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setSelected(modes.isOn(which));
        modes.activityProperty().addListener((obs, old, now) -> item.setSelected(now == which));
        item.setOnAction(e -> {
            modes.toggle(which);
            item.setSelected(modes.isOn(which));
        });
        return item;
    }

    private RadioMenuItem language(String key, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setToggleGroup(group);
        item.setOnAction(e -> i18n.localeProperty().set(locale));
        return item;
    }

    private Menu help() {
        MenuItem shortcuts = item("menu.help.shortcuts", SHORTCUTS, commands::showShortcuts);
        MenuItem about = item("menu.help.about", null, commands::showAbout);
        return menu("menu.help", shortcuts, about);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.bind(key));
        m.setId(key.replace('.', '-'));
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
