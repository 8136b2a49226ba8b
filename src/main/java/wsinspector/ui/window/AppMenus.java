package wsinspector.ui.window;

import java.util.Locale;

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

/** The menu bar: File, View, Help, every label bound to the language, every command to a shortcut. */
final class AppMenus {
    static final KeyCombination OPEN = shortcut(KeyCode.O);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    static final KeyCombination QUIT = shortcut(KeyCode.Q);
    static final KeyCombination ZOOM_IN = shortcut(KeyCode.PLUS);
    static final KeyCombination ZOOM_IN_EQUALS = shortcut(KeyCode.EQUALS);
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
    static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    private final I18n i18n;
    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final CheckMenuItem dark = new CheckMenuItem();
    private final CheckMenuItem step = new CheckMenuItem();
    private final CheckMenuItem liveStep = new CheckMenuItem();
    private final CheckMenuItem builder = new CheckMenuItem();
    private final CheckMenuItem hidePanes = new CheckMenuItem();
    private final CheckMenuItem enlargeTabs = new CheckMenuItem();

    AppMenus(I18n i18n, MainWindow window) {
        this.i18n = i18n;
        this.window = window;
        bar.getMenus().addAll(file(), view(), help());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu file() {
        MenuItem open = item("menu.file.open", OPEN, window::openWithChooser);
        open.setId("menu-open");
        MenuItem save = item("menu.file.save", SAVE, window::saveWithChooser);
        save.setId("menu-save");
        MenuItem quit = item("menu.file.quit", QUIT, window::quit);
        return menu("menu.file", open, save, new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        MenuItem in = item("menu.view.zoomIn", ZOOM_IN, window.zoom()::zoomIn);
        MenuItem out = item("menu.view.zoomOut", ZOOM_OUT, window.zoom()::zoomOut);
        MenuItem reset = item("menu.view.zoomReset", ZOOM_RESET, window.zoom()::reset);

        dark.textProperty().bind(i18n.bind("menu.view.dark"));
        dark.setAccelerator(DARK);
        dark.selectedProperty().bindBidirectional(window.darkProperty());

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = language("menu.view.english", I18n.ENGLISH, languages);
        RadioMenuItem russian = language("menu.view.russian", I18n.RUSSIAN, languages);
        i18n.localeProperty().addListener((obs, old, now) -> (i18n.isRussian() ? russian : english).setSelected(true));
        (i18n.isRussian() ? russian : english).setSelected(true);
        Menu language = menu("menu.view.language", english, russian);
        // in the View menu itself: accelerators of items in a submenu do not fire on every platform
        MenuItem toggle = item("menu.view.toggleLanguage", LANGUAGE, i18n::toggle);

        step.textProperty().bind(i18n.bind("menu.view.step"));
        step.setAccelerator(STEP);
        step.setSelected(window.steps().isActive());
        window.steps().activeProperty().addListener((obs, old, now) -> step.setSelected(now));
        step.setOnAction(e -> {
            window.setStepMode(step.isSelected());
            step.setSelected(window.steps().isActive());   // nothing to step through: stays off
        });

        liveStep.textProperty().bind(i18n.bind("menu.view.liveStep"));
        liveStep.setAccelerator(LIVE_STEP);
        liveStep.selectedProperty().bindBidirectional(window.liveStepModeProperty());

        builder.textProperty().bind(i18n.bind("menu.view.frameBuilder"));
        builder.setAccelerator(FRAME_BUILDER);
        builder.selectedProperty().bindBidirectional(window.frameBuilderProperty());

        hidePanes.textProperty().bind(i18n.bind("menu.view.hidePanes"));
        hidePanes.setId("menu-view-hidePanes");
        hidePanes.setAccelerator(HIDE_PANES);
        hidePanes.selectedProperty().bindBidirectional(window.panesHiddenProperty());

        enlargeTabs.textProperty().bind(i18n.bind("menu.view.enlargeTabs"));
        enlargeTabs.setId("menu-view-enlargeTabs");
        enlargeTabs.setAccelerator(ENLARGE_TABS);
        enlargeTabs.selectedProperty().bindBidirectional(window.tabsEnlargedProperty());

        return menu("menu.view", in, out, reset, new SeparatorMenuItem(), dark, language, toggle,
                new SeparatorMenuItem(), hidePanes, enlargeTabs, new SeparatorMenuItem(), step, liveStep, builder);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private RadioMenuItem language(String key, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setToggleGroup(group);
        item.setOnAction(e -> i18n.localeProperty().set(locale));
        return item;
    }

    private Menu help() {
        MenuItem shortcuts = item("menu.help.shortcuts", SHORTCUTS, window::showShortcuts);
        MenuItem about = item("menu.help.about", null, window::showAbout);
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
