package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
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
    /** The inspector's looks: its parts, views and tabs. */
    public static final String STYLESHEET = InspectorPane.class.getResource("inspect.css").toExternalForm();

    private final I18n i18n;
    private final InspectorModel model = new InspectorModel();
    private final HexView hex;
    private final FieldTree tree;
    private final DetailView detail;
    private final MessageHeading heading;
    private final Label empty = new Label();
    /** A HAR's bytes are the frames its messages could have been: said in the header and over the hex. */
    private final Label hexNotice = new Label();
    private final BooleanProperty reconstructed = new SimpleBooleanProperty(this, "reconstructed");
    private final TabPane tabs = new TabPane();
    private final SplitPane upper = new SplitPane();
    private final SplitPane split = new SplitPane();
    private final BooleanProperty tabsEnlarged = new SimpleBooleanProperty(this, "tabsEnlarged");
    /** Projector mode's large type (set by the window): the tabs fill the inspector, no explanation over them. */
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType");
    /** The handshake's lines one row each, their meanings folded away (see {@link HandshakeView}). */
    private javafx.beans.binding.BooleanBinding linesOnly;
    /** The chosen line's meaning under it, where the lines are one row each: a step about the lines. */
    private javafx.beans.binding.BooleanBinding meaningUnder;
    /** Whether the handshake's lines keep their rows before the proof under them keeps its (see {@link MessageTabs.Context}). */
    private javafx.beans.binding.BooleanBinding linesFirst;
    private final List<Consumer<Field>> followers = new ArrayList<>();
    private ProblemPlaces places = ProblemPlaces.of(null);
    private boolean syncing;
    private final BorderPane hexColumn;
    /** The parts in their places, and the steps of the first view that bring them. */
    private final PartPlaces placed;
    /** The parts on screen: the first time a message is shown they come one FX task each, see {@link FirstView}. */
    private final FirstView parts;
    /** Told when every part is on screen: the window shares its height again by the inspector's least. */
    private Runnable onWhole = () -> { };
    /** Run once when the parts shown now are whole, then let go (see {@link #whenWhole}). */
    private final OnceWhole onceWhole = new OnceWhole();
    private final InspectorFit fit;
    /** The parts under the header, and what the window puts at their left for a while (see {@link #setSide}). */
    private final InspectorBody body;
    /** The view the step on screen talks about, and whether the tabs stand alone for it. */
    private final StepFocus step;

    public InspectorPane(I18n i18n) {
        this.i18n = i18n;
        ClassWarmUp.start(i18n.locale());   // what its first view needs, loaded while the window waits for a file
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("inspector");
        hex = new HexView(model::selectByte);
        tree = new FieldTree(i18n, model::selectField);
        detail = new DetailView(i18n);
        hexNotice.getStyleClass().addAll("hex-notice", "reconstructed");
        hexNotice.setWrapText(true);
        hexNotice.setMinHeight(Region.USE_PREF_SIZE);
        hexNotice.setMaxWidth(Double.MAX_VALUE);
        hexColumn = new BorderPane(hex.node());
        hexColumn.setTop(hexNotice);
        upper.getStyleClass().add("inspector-upper");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("inspector-tabs");
        split.setOrientation(Orientation.VERTICAL);
        // the hex comes in at the width the pane will fit it to (the pane's own width: the column's is not laid out
        // yet), so that it makes its rows once
        body = new InspectorBody(this, split);
        step = new StepFocus(tabs, this::leastChanged, this::stepAlone);
        // every line of the handshake one row, not a row three lines tall beside its meaning (a capture's first view
        // showed one line of the request, projector mode half a line): the meanings beside the lines only where the
        // tabs fill the normal window (Ctrl+M), else the explanation over the tabs tells the chosen line's (W6-5)
        linesOnly = Bindings.createBooleanBinding(() -> step.linesOnly().get() || !tabsEnlarged.get() || largeType.get(),
                step.linesOnly(), tabsEnlarged, largeType);
        // the chosen line's meaning under it only for a step about the lines: in projector mode's type it took three
        // lines of the four the view had at 1920×1080, the request's other lines under the fold
        meaningUnder = Bindings.createBooleanBinding(() -> step.linesOnly().get(), step.linesOnly());
        linesFirst = Bindings.createBooleanBinding(() -> step.linesOnly().get() || largeType.get(), step.linesOnly(), largeType);
        placed = new PartPlaces(upper, split, List.of(hexColumn, tree.node(), detail.node(), tabs),
                () -> tabsEnlarged.get() || step.alone(), this::fill, this::hexShare);
        parts = new FirstView(placed.steps(), placed::take, this::whole);
        heading = new MessageHeading(i18n);
        fit = new InspectorFit(split, upper, hex, hexNotice, detail, tabs,
                () -> model.message() != null && body.partsShown() && !tabsEnlarged.get() && parts.whole(),
                step::named, step::standAlone,
                () -> step.alone() ? heading.node().summaryHeight(heading.node().getWidth()) : 0);
        tabsEnlarged.addListener((obs, old, now) -> enlargeTabs(now));
        fit.onLeastChanged(this::leastChanged);
        placed.take(placed.steps());
        TabHeaderClicks.enlargeOnDoubleClick(tabs, tabsEnlarged);
        TabHeadersFit.keep(tabs);
        // The room follows the content in pixels, not fixed shares: at every window size the hex shows
        // InspectorFit.HEX_ROWS rows and the explanation its whole text; the tabs get the rest.
        split.heightProperty().addListener((obs, old, now) -> fit.fitLater());
        split.widthProperty().addListener((obs, old, now) -> fit.fitLater());
        setTop(heading.node());
        empty.getStyleClass().add("inspector-empty");
        empty.setWrapText(true);
        model.selectedFieldProperty().addListener((obs, old, now) -> follow(now));
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
        reconstructed.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /**
     * Whether the messages shown are reconstructed (a HAR holds messages, not frames): then a badge in the
     * header and a notice over the hex say that these bytes never crossed a wire as shown.
     */
    public BooleanProperty reconstructedProperty() {
        return reconstructed;
    }

    /** Whether the input shown is no WebSocket conversation: its header then says a message is no frame, no verdict. */
    public BooleanProperty notWebSocketProperty() {
        return heading.notWebSocketProperty();
    }

    private void markReconstructed(boolean on) {
        hexNotice.setText(on ? i18n.t("inspect.reconstructed.hex") : "");
        hexNotice.setVisible(on);
        hexNotice.setManaged(on);
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
        // A broken rule is what a lecturer wants to point at: start there. A remark breaks none (no Origin: not a
        // browser): started at, its four lines of text over the tabs left the handshake's lines a sliver in a
        // capture's first view (jdk-client.pcapng, W6-5); it is marked where it is, the view opens as without it.
        ProblemPlaces places = message == null ? null : ProblemPlaces.of(message);
        List<Field> broken = message == null ? List.of() : places.fields(message).stream()
                .filter(f -> places.at(f).stream().anyMatch(p -> p.severity() != wsinspector.protocol.Rule.Severity.INFO))
                .toList();
        if (!broken.isEmpty()) {
            model.selectField(broken.get(0));
        }
        rebuild();
    }

    /**
     * The answer to the request on screen has come since it was shown (it is among {@code around}): the accept
     * computation compares the value the server sent; the field, the view in front and the lines stay. A guided
     * lesson showed its request a moment before the echo server's answer came, and the computation said «no answer
     * from the server yet» beside the answer's arrow for the three steps on the request's headers. Not a view made
     * anew: the answer's lines under the request's moved what the class was reading. Returns whether it came.
     */
    public boolean answerCame(List<Message> around) {
        if (!(model.message() instanceof wsinspector.dissect.HandshakeMessage shown) || !shown.request()
                || model.counterpart().isPresent()) {
            return false;
        }
        java.util.Optional<wsinspector.dissect.HandshakeMessage> answer = InspectorModel.answerAmong(shown, around);
        if (answer.isEmpty()) {
            return false;
        }
        model.answered(answer.get());
        // a view not made yet is made with it
        tabs.getTabs().stream().filter(t -> "handshake".equals(t.getId()))
                .forEach(t -> HandshakeView.answered(viewOf(t), answer.get()));
        return true;
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

    /** Opens the view with this id ("handshake", "bits", "masking", "legacy"…) if the message has it. */
    public void showTab(String id) {
        step.open(id);
    }

    /**
     * The view the step on screen talks about: opened now and whenever a message that has it is shown, its part
     * given the height it needs before the hex, the tree and the explanation get theirs; null when the step names
     * none (the parts share the height as they do without steps).
     */
    public void showStepTab(StepTab tab) {
        step.name(tab);
    }

    /** The view the step on screen talks about (null when none). */
    public StepTab stepTab() {
        return step.named();
    }

    /** The least height may have changed (the step's view, the tab headers): fitted again, the window told again. */
    private void leastChanged() {
        javafx.application.Platform.runLater(() -> {
            fit.fitLater();
            onWhole.run();
        });
    }

    /**
     * The tabs stand alone for the step's view, or come back under the hex and the explanation: the message's one-line
     * summary gives its line to the view too (its title stays), and the tab headers theirs (inspect.css).
     */
    private void stepAlone(boolean alone) {
        heading.showSummary(!alone);
        parts.finish();
        fit.fitLater();
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

    /** A tab's view: null while it is not built yet (the words that it is being prepared stand in its place). */
    public static Node viewOf(Tab tab) {
        Node content = tab.getContent();
        return MessageTabs.isPreparing(content) ? null : content;
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
            // a part whose content is still to come gets the selection with it
            if (placed.filled() > 0) {
                hex.select(selected);
            }
            if (placed.filled() > 1) {
                tree.select(selected);
            }
            if (placed.filled() > 2) {
                detail.show(model.message(), selected, places);
            }
            followers.forEach(f -> f.accept(selected));
            fit.growDetailLater();
            step.fieldChosen();
        } finally {
            syncing = false;
        }
    }

    /** Builds every text of the shown message anew: on show, and when the language changes. */
    private void rebuild() {
        Message m = model.message();
        places = ProblemPlaces.of(m);
        followers.clear();
        Tab previous = tabs.getSelectionModel().getSelectedItem();
        String previousId = previous == null ? null : previous.getId();
        tabs.getTabs().clear();
        markReconstructed(m != null && reconstructed.get());
        placed.preparing(i18n.t("inspect.preparing"));
        if (m == null) {
            hex.clear();
            tree.show(null, null, places, null);
            detail.show(null, null, places);
            heading.clear();
            empty.setText(i18n.t("inspect.empty"));
            parts.stop();
            placed.renew(0);
            body.showPlaceholder(new StackPane(empty));
            onceWhole.run();   // nothing left to wait for
            return;
        }
        heading.show(m, reconstructed.get());
        boolean first = !body.partsShown();
        if (first) {
            placed.renew(0);
            parts.reveal(getScene() == null ? null : getScene().getRoot());
            body.showParts();
        } else {
            placed.renew(parts.attached());
        }
        // the tabs at once (a lesson opens its step's tab right after showing the message); in a first view the
        // view in front of them comes in its last step
        tabs.getTabs().addAll(MessageTabs.of(new MessageTabs.Context(i18n, model, places, followers, this::open,
                placed.tabViews(), placed.tabViewsMade(), linesOnly, meaningUnder, linesFirst, largeType)));
        // the step's view where the message has it, else the view that was in front
        String front = step.front(tabs.getTabs(), previousId);
        tabs.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(front)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        followers.forEach(f -> f.accept(model.selectedField()));
        if (!first) {
            fit.growDetailLater();
        }
    }

    /** The hex's share beside the tree at the pane's width, as the pane will fit it. */
    private double hexShare() {
        return fit.hexShare(body.partsWidth(getWidth()));
    }

    /** Builds one part's content (hex, tree, explanation) for the shown message: in its step of the first view. */
    private void fill(int part) {
        Message m = model.message();
        Field selected = model.selectedField();
        if (m == null) {
            return;
        }
        switch (part) {
            case 0 -> hex.show(m, selected);
            case 1 -> tree.show(m, hex.styler(), places, selected);
            default -> detail.show(m, selected, places);
        }
    }

    /**
     * Whether the first view of a message is coming in parts (a reveal under way): its least height is measured anew
     * as each part comes, and is known once it is whole.
     */
    public boolean building() {
        return model.message() != null && !parts.whole();
    }

    /** Runs {@code action} each time the parts are all on screen again (the least height may have changed). */
    public void setOnWhole(Runnable action) {
        onWhole = action;
    }

    private void whole() {
        fit.fitLater();
        onWhole.run();
        onceWhole.run();
    }

    /**
     * Runs {@code action} once every part of the message shown is on screen and laid out: now when they are (or no
     * message is shown), else when the first view's last step is taken. A capture's reading waits for this, so
     * that the first view has the processors to itself. FX thread.
     */
    public void whenWhole(Runnable action) {
        if (model.message() == null || parts.whole()) {
            action.run();
        } else {
            onceWhole.add(action);
        }
    }

    /** Whether the window is in projector mode's large type: the tabs fill the inspector as its explanation. */
    public BooleanProperty largeTypeProperty() {
        return largeType;
    }

    /** Whether the tabs (handshake, bits, masking, comparison…) fill the inspector, hex and tree hidden. */
    public BooleanProperty tabsEnlargedProperty() {
        return tabsEnlarged;
    }

    private void enlargeTabs(boolean enlarged) {
        parts.finish();
        if (!enlarged) {
            fit.fitLater();
        }
    }

    /**
     * The least height at this width that shows every part of a message: the header and what
     * {@link InspectorFit#leastHeight} asks for the column. The window gives the inspector at least this
     * (0 while it shows nothing).
     */
    public double leastHeight(double width) {
        return leastHeight(width, body.sideShare());
    }

    /** The least height at this width with {@code sideShare} of it at the left of the parts (see {@link #setSide}). */
    public double leastHeight(double width, double sideShare) {
        if (model.message() == null || width <= 0) {
            return 0;
        }
        // the pending styles of what is measured (new type, new texts), not the whole inspector anew: applyCss on the
        // pane styled every cell of the hex, the tree and the tab in front each time the window shared its height,
        // after every batch of messages while a capture is read
        Node header = getTop();
        header.applyCss();
        hexNotice.applyCss();
        hex.applyTypeCss();
        double headerPx = header instanceof Region r ? r.prefHeight(width) : 0;
        return headerPx + fit.leastHeight(width * (1 - sideShare), tabsEnlarged.get());
    }

    /**
     * As {@link #leastHeight(double, double)}, with the room the view in front would like (every line of a handshake
     * one row each): what the window shares its height by; the least is what the pane keeps before it scrolls.
     */
    public double wantedHeight(double width, double sideShare) {
        if (model.message() == null || width <= 0) {
            return 0;
        }
        double least = leastHeight(width, sideShare);
        return least - fit.leastHeight(width * (1 - sideShare), tabsEnlarged.get())
                + fit.wantedHeight(width * (1 - sideShare), tabsEnlarged.get());
    }

    /**
     * Puts {@code node} at the left of the message's parts, under the header, taking {@code share} of the width
     * (the timeline beside a step's view, see the window's layout); null takes it away. {@link #leastHeight} then
     * measures the parts at the width left to them.
     */
    public void setSide(Region node, double share) {
        body.setSide(node, share);
        fit.fitLater();
    }

}
