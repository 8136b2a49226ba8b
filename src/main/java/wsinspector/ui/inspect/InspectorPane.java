package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The inspector for the selected message: its bytes in hex beside its field tree (linked both ways),
 * the selected field explained across the pane below them, all three at once; and below that the
 * views that fit the message:
 * the header bits, the masking byte by byte, the payload, the handshake line by line with the
 * accept-key computation, the same message in the legacy framing, and the problems found.
 */
public final class InspectorPane extends BorderPane {
    private final I18n i18n;
    private final InspectorModel model = new InspectorModel();
    private final HexView hex;
    private final FieldTree tree;
    private final DetailView detail;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label problemCount = new Label();
    private final Label empty = new Label();
    private final TabPane tabs = new TabPane();
    private final SplitPane upper = new SplitPane();
    private final SplitPane split = new SplitPane();
    private final List<Consumer<Field>> followers = new ArrayList<>();
    private ProblemPlaces places = ProblemPlaces.of(null);
    private boolean syncing;
    /** Whether the dividers are placed for a handshake (true), a frame (false), or not yet (null). */
    private Boolean layoutForHandshake;

    public InspectorPane(I18n i18n) {
        this.i18n = i18n;
        getStylesheets().add(InspectorPane.class.getResource("inspect.css").toExternalForm());
        getStyleClass().add("inspector");
        hex = new HexView(model::selectByte);
        tree = new FieldTree(i18n, model::selectField);
        detail = new DetailView(i18n);
        upper.getItems().addAll(hex.node(), tree.node());
        upper.setDividerPositions(0.56);
        upper.getStyleClass().add("inspector-upper");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("inspector-tabs");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(upper, detail.node(), tabs);
        split.setDividerPositions(0.36, 0.52);
        title.getStyleClass().add("inspector-title");
        problemCount.getStyleClass().add("inspector-problem-count");
        summary.getStyleClass().add("inspector-summary");
        title.setMinWidth(Region.USE_PREF_SIZE);
        problemCount.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(title, summary, problemCount);
        header.getStyleClass().add("inspector-header");
        setTop(header);
        empty.getStyleClass().add("inspector-empty");
        empty.setWrapText(true);
        model.selectedFieldProperty().addListener((obs, old, now) -> follow(now));
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** This pane, for code that embeds views through {@code node()}. */
    public Node node() {
        return this;
    }

    public InspectorModel model() {
        return model;
    }

    /**
     * Shows one message.
     *
     * @param message      the message to take apart
     * @param conversation every message so far, for context (the request of a response, and so on)
     */
    public void show(Message message, List<Message> conversation) {
        model.show(message, conversation);
        // A broken rule is what a lecturer wants to point at: start there.
        List<Field> broken = message == null ? List.of() : ProblemPlaces.of(message).fields(message);
        if (!broken.isEmpty()) {
            model.selectField(broken.get(0));
        }
        rebuild();
    }

    public void clear() {
        model.clear();
        rebuild();
    }

    public ReadOnlyObjectProperty<Field> selectedFieldProperty() {
        return model.selectedFieldProperty();
    }

    /** The message shown, or null. */
    public ReadOnlyObjectProperty<Message> messageProperty() {
        return model.messageProperty();
    }

    public void selectField(Field field) {
        model.selectField(field);
    }

    /** Selects the deepest field holding the byte at this stream offset. */
    public void selectByte(long streamOffset) {
        model.selectByte(streamOffset);
    }

    // --- package-private access for tests ------------------------------------------------------------------

    HexView hexView() {
        return hex;
    }

    FieldTree fieldTree() {
        return tree;
    }

    TabPane tabs() {
        return tabs;
    }

    /** Shows a field, switching to its message first when it is the other half of the handshake. */
    private void open(Message m, Field f) {
        if (m != model.message()) {
            show(m, model.conversation());
        }
        model.selectField(f);
    }

    private void follow(Field selected) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            hex.select(selected);
            tree.select(selected);
            detail.show(model.message(), selected, places);
            followers.forEach(f -> f.accept(selected));
        } finally {
            syncing = false;
        }
    }

    /** Builds every text of the shown message anew: on show, and when the language changes. */
    private void rebuild() {
        Message m = model.message();
        Field selected = model.selectedField();
        places = ProblemPlaces.of(m);
        followers.clear();
        Tab previous = tabs.getSelectionModel().getSelectedItem();
        String previousId = previous == null ? null : previous.getId();
        tabs.getTabs().clear();
        if (m == null) {
            hex.clear();
            tree.show(null, null, places, null);
            detail.show(null, null, places);
            title.setText("");
            summary.setText("");
            problemCount.setText("");
            empty.setText(i18n.t("inspect.empty"));
            setCenter(new StackPane(empty));
            return;
        }
        title.setText(Texts.direction(i18n, m.direction()) + "  ·  " + i18n.explanations().name(m.root())
                + " (" + Texts.bytes(i18n, m.length()) + ")");
        summary.setText(Texts.summary(i18n, m));
        int problems = m.problems().size();
        boolean undecoded = m instanceof wsinspector.dissect.UndecodedBytes;
        problemCount.setText(undecoded ? "⚠ " + i18n.t("inspect.problems.undecoded")
                : problems == 0 ? i18n.t("inspect.problems.noneShort") : "⚠ " + Texts.problems(i18n, problems));
        problemCount.getStyleClass().setAll("inspector-problem-count", problems == 0 && !undecoded ? "ok" : "bad");
        hex.show(m, selected);
        tree.show(m, hex.styler(), places, selected);
        detail.show(m, selected, places);
        tabs.getTabs().addAll(MessageTabs.of(new MessageTabs.Context(i18n, model, places, followers, this::open)));
        tabs.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(previousId)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        followers.forEach(f -> f.accept(selected));
        // A handshake is read line by line below; a frame needs its tree above. The dividers move only
        // when the kind changes, so that a lecturer's own arrangement survives clicking through frames.
        Boolean handshake = m instanceof wsinspector.dissect.HandshakeMessage;
        if (!handshake.equals(layoutForHandshake)) {
            layoutForHandshake = handshake;
            if (handshake) {
                split.setDividerPositions(0.27, 0.40);
            } else {
                split.setDividerPositions(0.36, 0.50);
            }
        }
        setCenter(split);
    }
}
