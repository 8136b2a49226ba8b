package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * The first two header bytes drawn as 16 labelled bit boxes, grouped by field, as in the diagram of
 * RFC 6455 §5.2; the selected field's bits light up, and a click on a bit selects its field.
 */
final class BitsView {
    /** The grid column of bit {@code i}: a spacer column separates the two bytes. */
    static int column(int bit) {
        return bit < 8 ? bit : bit + 1;
    }

    private final HeaderBits bits;
    private final List<Label> boxes = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final VBox root = new VBox();
    private final ScrollPane scroll = new ScrollPane(root);

    BitsView(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select) {
        bits = HeaderBits.of(m);
        root.getStyleClass().addAll("tab-body", "bits-view");
        scroll.setFitToWidth(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("bits-grid");
        for (int c = 0; c < 17; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.CENTER);
            if (c == 8) {
                cc.setMinWidth(18);
            } else {
                cc.setHgrow(Priority.SOMETIMES);
                cc.setPercentWidth(100.0 / 17);
            }
            grid.getColumnConstraints().add(cc);
        }
        for (int b = 0; b < Math.min(2, m.length()); b++) {
            int value = m.byteAt(m.offset() + b);
            Label byteLabel = DetailView.label("bits-byte");
            byteLabel.setText(i18n.t("inspect.bits.byte", b, Hex.ofByte(value), BitPicture.of(value, 0, 8)));
            grid.add(byteLabel, b * 9, 0, 8, 1);
            GridPane.setHalignment(byteLabel, HPos.CENTER);
        }
        for (HeaderBits.Bit bit : bits.bits()) {
            Label number = DetailView.label("bit-number");
            number.setText(Integer.toString(bit.index() % 8));
            grid.add(number, column(bit.index()), 1);
            Label box = new Label(Integer.toString(bit.value()));
            box.getStyleClass().addAll("bit-box", "bit-" + bit.value(), groupColour(bit.field()));
            if (!places.at(bit.field()).isEmpty()) {
                box.getStyleClass().add("bit-problem");
                SeverityLook.apply(box, SeverityLook.heaviest(places.at(bit.field())).orElseThrow());
            }
            box.setUserData(bit.field());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnMouseClicked(e -> select.accept(bit.field()));
            boxes.add(box);
            grid.add(box, column(bit.index()), 2);
        }
        for (HeaderBits.Group g : bits.groups()) {
            Field f = g.field();
            boolean wide = g.count() >= 4;
            Label name = DetailView.label("bit-group-name");
            if (!wide) {
                name.getStyleClass().add("bit-group-narrow");   // "RSV1", "Маска" whole over a single bit
            }
            name.setText(i18n.explanations().name(f));
            Label value = DetailView.label("bit-group-value");
            String meaning = i18n.explanations().meaning(f);
            value.setText(meaning == null || !wide ? f.value() : f.value() + " · " + meaning); // one bit: too narrow
            VBox group = new VBox(name, value);
            group.getStyleClass().addAll("bit-group", groupColour(f));
            group.setUserData(f);
            group.setOnMouseClicked(e -> select.accept(f));
            group.setMaxWidth(Double.MAX_VALUE);
            names.add(name);
            int first = column(g.first());
            int span = column(g.first() + g.count() - 1) - first + 1;
            grid.add(group, first, 3, span, 1);
        }
        Label caption = DetailView.label("bits-caption");
        caption.setText(i18n.t("inspect.bits.caption"));
        root.getChildren().addAll(grid, caption);
    }

    Node node() {
        return scroll;
    }

    /** Each field of the two bytes in its own colour, cycling like the hex view's. */
    private String groupColour(Field f) {
        List<HeaderBits.Group> groups = bits.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).field() == f) {
                return "hex-c" + i % HexStyler.COLOURS;
            }
        }
        return HexStyler.PLAIN;
    }

    HeaderBits bits() {
        return bits;
    }

    /** Lights up the bits of the selected field. */
    void select(Field selected) {
        for (Label box : boxes) {
            boolean on = box.getUserData() == selected;
            box.getStyleClass().remove("bit-selected");
            if (on) {
                box.getStyleClass().add("bit-selected");
            }
        }
        for (Label name : names) {
            Node group = name.getParent();
            group.getStyleClass().remove("bit-selected");
            if (group.getUserData() == selected) {
                group.getStyleClass().add("bit-selected");
            }
        }
    }
}
