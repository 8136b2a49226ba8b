package wsinspector.ui.live;

import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import wsinspector.ui.I18n;

/** Small factories for the live panes' controls, every text bound to the current language. */
final class Widgets {
    private Widgets() {
    }

    /**
     * Keeps {@code target} at the text of {@code key} in the current language. A change listener rather than
     * {@code I18n.bind}: that binding is invalidated before I18n reloads its bundles, and a shown control that
     * reads it at once keeps the old language; change listeners run after I18n's own reload.
     */
    static void text(I18n i18n, javafx.beans.property.StringProperty target, String key, Object... args) {
        onLocale(i18n, () -> target.set(i18n.t(key, args)));
    }

    static Label label(I18n i18n, String key, String... styleClasses) {
        Label l = new Label();
        Widgets.text(i18n, l.textProperty(), key);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }

    static Button button(I18n i18n, String key, Runnable action, String... styleClasses) {
        Button b = new Button();
        Widgets.text(i18n, b.textProperty(), key);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    static CheckBox check(I18n i18n, String key) {
        CheckBox c = new CheckBox();
        Widgets.text(i18n, c.textProperty(), key);
        c.setMinWidth(CheckBox.USE_PREF_SIZE);
        return c;
    }

    static TitledPane section(I18n i18n, String key, Node content) {
        TitledPane t = new TitledPane();
        Widgets.text(i18n, t.textProperty(), key);
        t.setContent(content);
        t.setCollapsible(false);
        t.getStyleClass().add("live-section");
        return t;
    }

    static void tooltip(I18n i18n, javafx.scene.control.Control c, String key) {
        Tooltip t = new Tooltip();
        Widgets.text(i18n, t.textProperty(), key);
        t.setWrapText(true);
        t.setMaxWidth(480);
        c.setTooltip(t);
    }

    /**
     * A label showing a {@link Note}: its text in the current language (re-rendered on a switch), the danger
     * colour for an error, hidden while the note is null.
     */
    static Label noteLabel(I18n i18n, ObservableValue<Note> note, String... styleClasses) {
        Label l = new Label();
        l.getStyleClass().add("live-note");
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        Runnable render = () -> show(i18n, l, note.getValue());
        note.addListener((obs, old, now) -> render.run());
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        render.run();
        return l;
    }

    static void show(I18n i18n, Label l, Note n) {
        l.setText(n == null ? "" : i18n.t(n.key(), n.argArray()));
        l.setVisible(n != null);
        l.setManaged(n != null);
        l.getStyleClass().removeAll("live-error", "live-info");
        if (n != null) {
            l.getStyleClass().add(n.error() ? "live-error" : "live-info");
        }
    }

    /**
     * Shows a choice's items through {@code text} in the current language; {@code warn} marks items in the
     * warning colour (reserved opcodes). Cells are rebuilt on a language switch.
     */
    static <T> void choices(I18n i18n, ComboBox<T> combo, Function<T, String> text, Predicate<T> warn) {
        onLocale(i18n, () -> {
            combo.setCellFactory(list -> new TextCell<>(text, warn));
            combo.setButtonCell(new TextCell<>(text, warn));
        });
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final Predicate<T> warn;

        TextCell(Function<T, String> text, Predicate<T> warn) {
            this.text = text;
            this.warn = warn;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("live-reserved");
            setText(empty || item == null ? null : text.apply(item));
            if (!empty && item != null && warn.test(item)) {
                getStyleClass().add("live-reserved");
            }
        }
    }

    /** Re-runs {@code render} now and whenever the language changes. */
    static void onLocale(I18n i18n, Runnable render) {
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        render.run();
    }
}
