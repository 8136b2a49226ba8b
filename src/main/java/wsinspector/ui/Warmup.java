package wsinspector.ui;

import java.util.List;
import java.util.Locale;

import wsinspector.dissect.Dissector;

/**
 * While the FX toolkit starts (a second of the main thread), a second core loads the classes and
 * bundles the window needs next: the dissector, the explanations, the inspector's classes. Loading
 * only, no JavaFX class is initialized here; the FX thread then finds them ready.
 */
final class Warmup {
    /** Classes the first frame and the first selection need, loaded (not initialized) ahead of time. */
    private static final List<String> CLASSES = List.of(
            "wsinspector.ui.MainWindow", "wsinspector.ui.TimelineView", "wsinspector.ui.ArrowCell",
            "wsinspector.ui.AppMenus", "wsinspector.ui.StepPanel", "wsinspector.ui.inspect.InspectorPane",
            "org.fxmisc.richtext.CodeArea", "org.fxmisc.richtext.GenericStyledArea",
            "atlantafx.base.theme.PrimerLight", "javafx.scene.control.MenuBar", "javafx.scene.control.ListView",
            "javafx.scene.control.SplitPane", "javafx.scene.control.ComboBox", "javafx.scene.control.TabPane",
            "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin", "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.TabPaneSkin", "javafx.scene.control.skin.VirtualFlow",
            "javafx.css.CssParser");

    private Warmup() {
    }

    static void start() {
        Thread t = new Thread(Warmup::run, "wsinspector-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        ClassLoader loader = Warmup.class.getClassLoader();
        try {
            // plain Java: bundles and the dissector, fully initialized
            new I18n(Locale.getDefault()).t("app.title");
            Dissector.dissect(List.of());
            for (String name : CLASSES) {
                Class.forName(name, false, loader);
            }
            // the CSS parser's classes and code paths, on the window's own stylesheet (the theme is
            // parsed again on the FX thread, but by then the parser is loaded and warm)
            new javafx.css.CssParser().parse(Warmup.class.getResource("app.css"));
        } catch (ClassNotFoundException | java.io.IOException | RuntimeException | LinkageError ignored) {
            // only a head start: whatever fails here is loaded again where it is needed
        }
    }
}
