package wsinspector.ui.window;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import wsinspector.ui.I18n;

/** The keyboard shortcuts, as a two-column table for the Help dialog. */
final class ShortcutsTable {
    /**
     * Keys (as printed on the keyboard, the same in every language, but for the space bar, which has no print: "Space"
     * is a word, «Пробел» in Russian) and the bundle key of what they do.
     */
    static final List<String[]> ROWS = List.of(
            new String[] {"Ctrl+O", "shortcut.open"},
            new String[] {"Ctrl+S", "shortcut.save"},
            new String[] {"Ctrl+Q", "shortcut.quit"},
            new String[] {"Ctrl+(Shift+)=  Ctrl+−  Ctrl+0", "shortcut.zoom"},
            new String[] {"Ctrl+D", "shortcut.dark"},
            new String[] {"Ctrl+L", "shortcut.language"},
            new String[] {"F11", "shortcut.projector"},
            new String[] {"Ctrl+H", "shortcut.hidePanes"},
            new String[] {"Ctrl+M", "shortcut.enlargeTabs"},
            new String[] {"↑  ↓", "shortcut.select"},
            new String[] {"F5", "shortcut.step"},
            new String[] {"Shift+F5", "shortcut.liveStep"},
            new String[] {"Ctrl+B", "shortcut.frameBuilder"},
            new String[] {"→  PgDn  Space", "shortcut.next"},
            new String[] {"←  PgUp", "shortcut.back"},
            new String[] {"Esc", "shortcut.stepExit"},
            new String[] {"F7", "shortcut.makeExercise"},
            new String[] {"Shift+F7", "shortcut.drill"},
            new String[] {"Ctrl+Shift+O", "shortcut.openExercises"},
            new String[] {"F1", "shortcut.help"});

    private ShortcutsTable() {
    }

    /** The keys of a row as the reader says them: the space bar named in the reader's language. */
    static String keys(I18n i18n, String keys) {
        return keys.replace("Space", i18n.t("shortcut.key.space"));
    }

    /** Keys whole in their column (never "..."); what they do wraps in the rest of the width. */
    static GridPane create(I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints whatColumn = new ColumnConstraints();
        whatColumn.setHgrow(Priority.ALWAYS);
        whatColumn.setMinWidth(0);
        grid.getColumnConstraints().setAll(keysColumn, whatColumn);
        int row = 0;
        for (String[] r : ROWS) {
            Label keys = new Label(keys(i18n, r[0]));
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i18n.t(r[1]));
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, what);
        }
        return grid;
    }
}
