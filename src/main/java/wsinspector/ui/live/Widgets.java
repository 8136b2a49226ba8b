package wsinspector.ui.live;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
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
    static void text(I18n i18n, StringProperty target, String key, Object... args) {
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
        c.setWrapText(true);
        return c;
    }

    static TitledPane section(I18n i18n, String key, Node content) {
        TitledPane t = new TitledPane();
        Widgets.text(i18n, t.textProperty(), key);
        t.setContent(content);
        t.setCollapsible(true); // a lecturer folds what the class need not see
        // Folded and opened at once, never sliding. Why: the panes measure whether their parts fit, and a slide still
        // running when a section is folded by code sets its height back to open on its later frames (the server
        // pane scrolled after the start once another window had run in the same session: LivePanesFitTest).
        t.setAnimated(false);
        t.getStyleClass().add("live-section");
        return t;
    }

    /**
     * The settings a lesson seldom turns, folded under a section's everyday ones: closed at the start so the
     * everyday controls fit the pane without scrolling; a click, or Space on its focused title, opens it.
     */
    static TitledPane more(I18n i18n, String key, Node content) {
        TitledPane t = section(i18n, key, content);
        t.getStyleClass().add("live-more");
        t.setExpanded(false);
        t.setMinWidth(0); // its wrapping hints must not widen the pane
        return t;
    }

    /**
     * Folds or unfolds a section as the session's state changes, at once: a fold that slides while the window shares
     * its height out again would be measured halfway.
     */
    static void fold(TitledPane section, boolean folded) {
        section.setExpanded(!folded);   // at once: section() makes every section fold without a slide
    }

    static void tooltip(I18n i18n, Control c, String key) {
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

    /** The note's text in the current language, {@link Note.Key} and phrase arguments translated too. */
    static String render(I18n i18n, Note n) {
        return n.in(i18n);
    }

    static void show(I18n i18n, Label l, Note n) {
        l.setText(n == null ? "" : render(i18n, n));
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

    /**
     * A row of joined toggle buttons, one per value, kept in step with {@code property} both ways; one is always
     * selected. Each button's id is {@code idPrefix + value}. The row wraps where the pane is narrower than it
     * (the composer's five kinds beside the timeline at 1280×800): a pane's clip would cut the last one off.
     */
    static <T extends Enum<T>> FlowPane pills(I18n i18n, List<T> values, String keyPrefix, ObjectProperty<T> property,
                                          String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        FlowPane box = new PillRow();   // each row of it a whole group of pills, once laid out
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            ToggleButton b = new ToggleButton();
            text(i18n, b.textProperty(), keyPrefix + v.name());
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setId(idPrefix + v.name());
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            if (values.size() > 1) {   // before the first layout, one row; PillRow makes it each row's
                b.getStyleClass().add(i == 0 ? "left-pill" : i == values.size() - 1 ? "right-pill" : "center-pill");
            }
            box.getChildren().add(b);
        }
        Runnable sync = () -> group.getToggles().stream().filter(t -> t.getUserData() == property.get()).findFirst()
                .ifPresent(group::selectToggle);
        property.addListener((obs, old, now) -> sync.run());
        sync.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                @SuppressWarnings("unchecked")
                T v = (T) now.getUserData();
                property.set(v);
            }
        });
        return box;
    }

    /** The pill of {@code value} in a row made by {@link #pills}. */
    static ToggleButton pill(FlowPane pills, Object value) {
        return pills.getChildren().stream().map(ToggleButton.class::cast).filter(b -> b.getUserData() == value)
                .findFirst().orElseThrow();
    }

    /** A pane's title with its state pill beside it, or under it when the state is long (see {@link TitleRow}). */
    static TitleRow header(I18n i18n, String titleKey, Label state) {
        return new TitleRow(label(i18n, titleKey, "live-title"), state);
    }

    /** A row of buttons that wraps in a narrow pane. */
    static FlowPane buttons(Node... children) {
        FlowPane f = new FlowPane(12, 10, children);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    /** A text field with a prompt in the current language. */
    static TextField field(I18n i18n, String promptKey, StringProperty value, String id) {
        TextField f = new TextField();
        f.setId(id);
        if (promptKey != null) {
            text(i18n, f.promptTextProperty(), promptKey);
        }
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** Shows {@code node} (and gives it room) only while {@code when} holds. */
    static void showWhen(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(when::get, when));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A pill-shaped label showing a state, its colour chosen by {@code styleOf}. */
    static Label statePill(I18n i18n, ObservableValue<Note> note, Supplier<String> styleOf, Observable... triggers) {
        Label l = new Label();
        l.getStyleClass().add("live-state");
        Runnable render = () -> {
            Note n = note.getValue();
            l.setText(n == null ? "" : render(i18n, n));
            l.getStyleClass().removeIf(c -> c.startsWith("live-state-"));
            l.getStyleClass().add(styleOf.get());
        };
        note.addListener((obs, old, now) -> render.run());
        for (Observable t : triggers) {
            t.addListener(x -> render.run());
        }
        onLocale(i18n, render);
        return l;
    }

    /** Re-runs {@code render} now and whenever the language changes. */
    static void onLocale(I18n i18n, Runnable render) {
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        render.run();
    }
}
