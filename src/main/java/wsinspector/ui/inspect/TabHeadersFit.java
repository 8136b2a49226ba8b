package wsinspector.ui.inspect;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The tab headers in smaller type where they do not fit their row in the type shown, before one is cut: in projector
 * mode at 1280×800 a frame's «Биты заголовка | Маскирование | Данные | Старый формат (конспек…» ended cut beside the
 * overflow arrow (W7-7). Two steps ({@code tight}, {@code tighter} in inspect.css), each taken only where the one
 * before still does not fit.
 */
final class TabHeadersFit {
    private static final PseudoClass TIGHT = PseudoClass.getPseudoClass("tight");
    private static final PseudoClass TIGHTER = PseudoClass.getPseudoClass("tighter");
    private final TabPane tabs;
    private boolean pending;

    private TabHeadersFit(TabPane tabs) {
        this.tabs = tabs;
    }

    /** Keeps the headers of {@code tabs} within their row from now on. */
    static void keep(TabPane tabs) {
        TabHeadersFit fit = new TabHeadersFit(tabs);
        tabs.widthProperty().addListener((obs, old, now) -> fit.later());
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) c -> fit.later());
        tabs.skinProperty().addListener((obs, old, now) -> {
            // the headers' row is as wide as their type and words: another type (projector mode, zoom) changes it
            if (tabs.lookup(".headers-region") instanceof Region headers) {
                headers.widthProperty().addListener((o, was, is) -> fit.later());
            }
            fit.later();
        });
    }

    private void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                fit();
            });
        }
    }

    /** The least tightening at which the headers fit (the tightest where none does). */
    void fit() {
        if (tabs.getScene() == null || !(tabs.lookup(".tab-header-area") instanceof Region area)) {
            return;
        }
        double room = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset();
        if (room <= 0) {
            return;
        }
        for (int step = 0; step <= 2; step++) {
            tabs.pseudoClassStateChanged(TIGHT, step == 1);
            tabs.pseudoClassStateChanged(TIGHTER, step == 2);
            tabs.applyCss();
            if (headersWidth() <= room) {
                return;
            }
        }
    }

    /** The headers' widths side by side, as their type and words ask. */
    private double headersWidth() {
        double w = 0;
        for (Node n : tabs.lookupAll(".tab")) {
            if (n instanceof Region tab && tab.getParent() != null && tab.getParent().getStyleClass().contains("headers-region")) {
                w += tab.prefWidth(-1);
            }
        }
        return w;
    }
}
