package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.button;
import static wsinspector.ui.live.Widgets.check;
import static wsinspector.ui.live.Widgets.label;
import static wsinspector.ui.live.Widgets.section;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import wsinspector.protocol.FrameSpec.LengthEncoding;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;
import wsinspector.ui.Verdicts;
import wsinspector.ui.live.FrameBuilderModel.PayloadFormat;
import wsinspector.ui.live.FramePreview.Part;

/**
 * Compose a frame bit by bit, including invalid ones, see its bytes and what is wrong with them as you change it,
 * and send it unchanged through the client so the class watches the server's reaction (an unmasked frame: the
 * server closes with 1002, RFC 6455 §5.1, §7.4.1).
 */
public final class FrameBuilderPane extends BorderPane {
    private final I18n i18n;
    private final FrameBuilderModel model;
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final ObjectProperty<Integer> opcodeObject;

    private final FlowPane bitGrid = new FlowPane(28, 12);
    private final TextFlow hexFlow = new TextFlow();
    private final Label size = new Label();
    private final VBox problems = new VBox(6);

    public FrameBuilderPane(I18n i18n, LiveSession session) {
        this(i18n, new FrameBuilderModel(session.client()::sendRaw, session.client().openProperty(), Platform::runLater));
    }

    FrameBuilderPane(I18n i18n, FrameBuilderModel model) {
        this.i18n = i18n;
        this.model = model;
        this.opcodeObject = model.opcodeProperty().asObject();
        getStyleClass().addAll("live-pane", "live-builder");
        getStylesheets().add(LiveStyles.URL);

        // the frame's fields beside its preview and Send: one above the other they were 975 px tall in the 620 px
        // the window has at 1280×800, and the bits, the preview and Send were under the fold
        Node compose = section(i18n, "live.builder.compose", composer());
        // Send and what came of it at the head of the preview's column: under the preview, the answer line lay under
        // the fold at 1280×800, and scrolled to, the builder's title went off the top (W7-5)
        VBox result = new VBox(14, sender(), section(i18n, "live.builder.preview", preview()));
        HBox columns = new HBox(14, compose, result);
        for (Region column : List.of((Region) compose, result)) {
            column.setPrefWidth(0);   // the two columns share the width equally
            column.setMinWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        // the RFC's example beside the title, not under the length: the composer's last row, it was cut at the foot
        // of the band at 1280x800 (FB)
        Button example = button(i18n, "live.builder.example", model::rfcExample);
        example.setId("builder-example");
        example.setWrapText(true);
        example.setMinHeight(Region.USE_PREF_SIZE);
        Label title = label(i18n, "live.builder.title", "live-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(14, title, gap, example);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(14, head, label(i18n, "live.builder.hint", "live-hint"), columns);
        content.getStyleClass().add("live-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // what came of Send is read at the top, under the title: on screen the pane scrolled down as the server closed
        // the connection (Send disabled, its focus moved on), and the title went off the top (W7-5)
        Runnable toTop = () -> Platform.runLater(() -> scroll.setVvalue(scroll.getVmin()));
        model.sendNoteProperty().addListener((obs, old, now) -> toTop.run());
        model.clientOpenProperty().addListener((obs, old, now) -> toTop.run());

        model.previewProperty().addListener((obs, old, now) -> renderPreview());
        Widgets.onLocale(i18n, this::renderPreview);
    }

    public FrameBuilderModel model() {
        return model;
    }

    // --- composing --------------------------------------------------------------------------

    private Form composer() {
        Form g = new Form();
        FlowPane bits = new FlowPane(18, 8, bound(check(i18n, "live.builder.fin"), model.finProperty(), "builder-fin"),
                bound(check(i18n, "live.builder.rsv1"), model.rsv1Property(), "builder-rsv1"),
                bound(check(i18n, "live.builder.rsv2"), model.rsv2Property(), "builder-rsv2"),
                bound(check(i18n, "live.builder.rsv3"), model.rsv3Property(), "builder-rsv3"));
        g.row(label(i18n, "live.builder.flags", "live-field"), bits);
        g.row(label(i18n, "live.builder.opcode", "live-field"), opcodeChoice());

        CheckBox mask = bound(check(i18n, "live.builder.mask"), model.maskedProperty(), "builder-mask");
        g.row(label(i18n, "live.builder.maskBit", "live-field"), mask);
        TextField key = new TextField();
        key.setId("builder-key");
        key.getStyleClass().add("live-mono");
        key.setPrefColumnCount(11);
        key.textProperty().bindBidirectional(model.maskingKeyProperty());
        key.disableProperty().bind(model.maskedProperty().not());
        FlowPane keyRow = Widgets.buttons(key, button(i18n, "live.builder.randomKey", model::randomKey));
        g.row(label(i18n, "live.builder.key", "live-field"), keyRow);

        g.row(label(i18n, "live.builder.payload", "live-field"), payloadEditor());
        g.row(label(i18n, "live.builder.length", "live-field"), lengthChoice());
        return g;
    }

    private static CheckBox bound(CheckBox c, BooleanProperty p, String id) {
        c.selectedProperty().bindBidirectional(p);
        c.setId(id);
        return c;
    }

    private ComboBox<Integer> opcodeChoice() {
        ComboBox<Integer> c = new ComboBox<>();
        c.setId("builder-opcode");
        for (int op = 0; op < 16; op++) {
            c.getItems().add(op);
        }
        c.valueProperty().bindBidirectional(opcodeObject);
        c.setVisibleRowCount(16);
        Widgets.choices(i18n, c, this::opcodeText, Opcode::isReserved);
        return c;
    }

    /** An opcode as "0x1 Text"; a reserved one marked (and drawn in the warning colour). */
    private String opcodeText(int op) {
        String hex = Integer.toHexString(op).toUpperCase();
        return Opcode.isReserved(op) ? i18n.t("live.builder.opcode.reserved", hex)
                : i18n.t("live.builder.opcode.item", hex, i18n.t("opcode." + op));
    }

    private VBox payloadEditor() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton text = toggle("live.builder.payload.text", group, PayloadFormat.TEXT, "builder-text");
        ToggleButton hex = toggle("live.builder.payload.hex", group, PayloadFormat.HEX, "builder-hex");
        text.getStyleClass().add("left-pill");
        hex.getStyleClass().add("right-pill");
        Runnable sync = () -> group.selectToggle(model.payloadFormatProperty().get() == PayloadFormat.TEXT ? text : hex);
        model.payloadFormatProperty().addListener((obs, old, now) -> sync.run());
        sync.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two is always on
            } else {
                model.setPayloadFormat((PayloadFormat) now.getUserData());
            }
        });
        TextArea area = new TextArea();
        area.setId("builder-payload");
        area.getStyleClass().add("live-mono");
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(model.payloadProperty());
        return new VBox(8, new HBox(text, hex), area);
    }

    private ToggleButton toggle(String key, ToggleGroup group, PayloadFormat format, String id) {
        ToggleButton t = new ToggleButton();
        Widgets.text(i18n, t.textProperty(), key);
        t.setToggleGroup(group);
        t.setUserData(format);
        t.setId(id);
        return t;
    }

    private ComboBox<LengthEncoding> lengthChoice() {
        ComboBox<LengthEncoding> c = new ComboBox<>();
        c.setId("builder-length");
        c.getItems().addAll(LengthEncoding.values());
        c.valueProperty().bindBidirectional(model.lengthEncodingProperty());
        Widgets.choices(i18n, c, e -> i18n.t("live.builder.length." + e.name()), e -> false);
        return c;
    }

    // --- preview ----------------------------------------------------------------------------

    private VBox preview() {
        bitGrid.setId("builder-bits");
        hexFlow.getStyleClass().add("live-hex");
        hexFlow.setId("builder-hex-preview");
        size.getStyleClass().add("live-hint");
        problems.setId("builder-problems");
        return new VBox(12, label(i18n, "live.builder.bits", "live-subtitle"), bitGrid,
                label(i18n, "live.builder.wire", "live-subtitle"), hexFlow, legend(), size,
                label(i18n, "live.builder.problems", "live-subtitle"), problems,
                Widgets.noteLabel(i18n, model.inputErrorProperty()));
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(16, 6);
        for (Part part : Part.values()) {
            Label l = label(i18n, "live.builder.part." + part, "live-legend", "live-seg-" + part);
            l.setWrapText(false);
            legend.getChildren().add(l);
        }
        return legend;
    }

    private void renderPreview() {
        FramePreview p = model.previewProperty().get();
        bitGrid.getChildren().clear();
        hexFlow.getChildren().clear();
        problems.getChildren().clear();
        size.setText("");
        if (p == null) {
            return;
        }
        BitGrid.fill(bitGrid, p, i18n, this::toggleBit);
        for (FramePreview.Segment s : p.segments()) {
            Text t = new Text(s.hex() + "  ");
            t.getStyleClass().addAll("live-seg", "live-seg-" + s.part());
            hexFlow.getChildren().add(t);
        }
        size.setText(i18n.t("live.builder.size", p.bytes().length));
        if (p.valid()) {
            problems.getChildren().add(Widgets.label(i18n, "live.builder.valid", "live-ok"));
        }
        for (Problem problem : p.problems()) {
            Label l = new Label(Verdicts.marked(i18n, problem));
            l.setWrapText(true);
            l.getStyleClass().add("live-verdict");
            SeverityLook.apply(l, SeverityLook.of(problem));
            problems.getChildren().add(l);
        }
    }

    /** A click on a bit of the header flips it (the length bits follow the payload and are not clickable). */
    private void toggleBit(int byteIndex, int bit) {
        if (byteIndex == 1) {
            if (bit == 0) {
                model.maskedProperty().set(!model.maskedProperty().get());
            }
            return;
        }
        switch (bit) {
            case 0 -> model.finProperty().set(!model.finProperty().get());
            case 1 -> model.rsv1Property().set(!model.rsv1Property().get());
            case 2 -> model.rsv2Property().set(!model.rsv2Property().get());
            case 3 -> model.rsv3Property().set(!model.rsv3Property().get());
            default -> model.opcodeProperty().set(model.opcodeProperty().get() ^ (0x8 >> (bit - 4)));
        }
    }

    // --- sending ----------------------------------------------------------------------------

    private VBox sender() {
        Button send = button(i18n, "live.builder.send", model::send, "accent", "live-big");
        send.setId("builder-send");
        send.disableProperty().bind(model.canSendProperty().not());
        Label needClient = label(i18n, "live.builder.needClient", "live-hint");
        needClient.visibleProperty().bind(Bindings.not(model.clientOpenProperty()));
        needClient.managedProperty().bind(needClient.visibleProperty());
        Label note = Widgets.noteLabel(i18n, model.sendNoteProperty());
        note.setId("builder-send-note");
        return new VBox(8, send, needClient, note);
    }
}
