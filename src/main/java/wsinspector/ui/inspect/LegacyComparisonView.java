package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The same message in RFC 6455 framing and in the 2010 draft framing the course notes teach, side
 * by side: both hex views with their fields, both sizes, what differs, and why the old framing was
 * replaced (RFC 6455 §1.2, §10.3).
 */
final class LegacyComparisonView {
    static final List<String> REASONS = List.of("length", "fragmentation", "control", "masking", "handshake");

    private final I18n i18n;
    private final FramingComparison comparison;
    private final VBox root = new VBox();
    private final ScrollPane scroll = new ScrollPane(root);
    private final List<ByteStrip> strips = new ArrayList<>();

    LegacyComparisonView(I18n i18n, FramingComparison comparison, boolean exampleKey) {
        this.i18n = i18n;
        this.comparison = comparison;
        root.getStyleClass().addAll("tab-body", "legacy-view");
        scroll.setFitToWidth(true);
        Label title = DetailView.label("legacy-title");
        title.setText(i18n.t("legacy.compare.title"));
        HBox sides = new HBox(side("inspect.legacy.rfc", comparison.rfc6455()),
                side("inspect.legacy.draft", comparison.legacy()));
        sides.getStyleClass().add("legacy-sides");
        // the title with the two frames under it: the part a lesson's step about the frames shows whole
        VBox frames = new VBox(title, sides);
        frames.getStyleClass().add("legacy-frames");
        root.getChildren().add(frames);
        if (exampleKey) {
            Label note = DetailView.label("legacy-note");
            note.setText(i18n.t("inspect.legacy.exampleKey"));
            root.getChildren().add(note);
        }
        root.getChildren().add(differences());
        root.getChildren().add(reasons());
    }

    Node node() {
        return scroll;
    }

    FramingComparison comparison() {
        return comparison;
    }

    /** The RFC 6455 side, then the draft side. */
    List<ByteStrip> strips() {
        return strips;
    }

    private Node side(String titleKey, Message m) {
        Label title = DetailView.label("legacy-side-title");
        title.setText(i18n.t(titleKey));
        Label size = DetailView.label("legacy-size");
        size.setText(Texts.bytes(i18n, m.length()));
        // the title wraps beside it, the byte count never: «7 / ба / йт» when the side was narrow
        size.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        ByteStrip strip = new ByteStrip(m);
        strips.add(strip);
        VBox legend = new VBox();
        legend.getStyleClass().add("legacy-legend");
        Field bitsOf = null; // the first bit field of the byte being listed
        Label bitsLine = null;
        for (Field f : m.root().flatten()) {
            var colour = strip.styler().colourOf(f);
            if (colour.isEmpty() || f == m.root()) {
                continue;
            }
            String meaning = i18n.explanations().meaning(f);
            String text = i18n.explanations().name(f) + ": " + FieldTree.cut(f.value())
                    + (meaning == null ? "" : " (" + meaning + ")");
            if (f.isBits() && bitsOf != null && bitsOf.offset() == f.offset()) {
                bitsLine.setText(bitsLine.getText() + "  ·  " + text); // the bits of one byte on one line
                continue;
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", colour.get());
            Label name = DetailView.label("legacy-field");
            name.setText(text);
            HBox line = new HBox(swatch, name);
            line.getStyleClass().add("field-line");
            line.setOnMouseClicked(e -> strip.select(f));
            legend.getChildren().add(line);
            bitsOf = f.isBits() ? f : null;
            bitsLine = name;
        }
        VBox side = new VBox(new HBox(title, size), strip.node(), legend);
        side.getStyleClass().add("legacy-side");
        HBox.setHgrow(side, Priority.ALWAYS);
        side.setMaxWidth(Double.MAX_VALUE);
        side.setPrefWidth(100);
        return side;
    }

    /** What differs between the two, for this message. */
    private Node differences() {
        FrameMessage rfc = comparison.rfc6455();
        int payload = rfc.frame().payloadBytesPresent();
        int rfcHeader = rfc.length() - payload;
        int draftOverhead = comparison.legacy().length() - payload;
        boolean text = rfc.header().opcode() == 1;
        List<String> lines = new ArrayList<>();
        lines.add(i18n.t("inspect.legacy.diff.size", rfc.length(), rfcHeader, comparison.legacy().length(), draftOverhead));
        lines.add(i18n.t(text ? "inspect.legacy.diff.lengthText" : "inspect.legacy.diff.lengthBinary"));
        lines.add(i18n.t(rfc.header().masked() ? "inspect.legacy.diff.masked" : "inspect.legacy.diff.unmasked"));
        lines.add(i18n.t("inspect.legacy.diff.type"));
        VBox box = new VBox();
        box.getStyleClass().add("legacy-diffs");
        Label title = DetailView.label("legacy-section");
        title.setText(i18n.t("inspect.legacy.diff.title"));
        box.getChildren().add(title);
        for (String s : lines) {
            Label l = DetailView.label("legacy-diff");
            l.setText("•  " + s);
            box.getChildren().add(l);
        }
        return box;
    }

    /** Why RFC 6455 replaced the draft framing: the lesson's five points. */
    private Node reasons() {
        VBox box = new VBox();
        box.getStyleClass().add("legacy-reasons");
        Label title = DetailView.label("legacy-section");
        title.setText(i18n.t("inspect.legacy.why"));
        box.getChildren().add(title);
        for (String r : REASONS) {
            Label head = DetailView.label("legacy-why-title");
            head.setText(i18n.t("legacy.why." + r + ".title"));
            Label explain = DetailView.label("legacy-why-explain");
            explain.setText(i18n.t("legacy.why." + r + ".explain"));
            box.getChildren().add(new VBox(head, explain));
        }
        return box;
    }
}
