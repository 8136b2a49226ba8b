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
        GridPane wide = grid(i18n, m, places, select, false);
        GridPane stacked = grid(i18n, m, places, select, true);
        Label caption = DetailView.label("bits-caption");
        caption.setText(i18n.t("inspect.bits.caption"));
        root.getChildren().addAll(new WidthSwitch(wide, stacked, () -> wideNeed(wide)), caption);
    }

    /**
     * The two bytes side by side ({@code stacked} false, as RFC 6455 draws them), or the second under the first for a
     * narrow view (beside the live stepper's column at 1280 px the sixteen boxes cut «Маска» and "RSV1" over one bit).
     */
    private GridPane grid(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select, boolean stacked) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("bits-grid");
        int columns = stacked ? 8 : 17;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.CENTER);
            if (!stacked && c == 8) {
                cc.setMinWidth(18);
            } else {
                cc.setHgrow(Priority.SOMETIMES);
                cc.setPercentWidth(100.0 / (stacked ? 8 : 17));
            }
            grid.getColumnConstraints().add(cc);
        }
        for (int b = 0; b < Math.min(2, m.length()); b++) {
            int value = m.byteAt(m.offset() + b);
            Label byteLabel = DetailView.label("bits-byte");
            byteLabel.setText(i18n.t("inspect.bits.byte", b, Hex.ofByte(value), BitPicture.of(value, 0, 8)));
            grid.add(byteLabel, stacked ? 0 : b * 9, row(0, b * 8, stacked), 8, 1);
            GridPane.setHalignment(byteLabel, HPos.CENTER);
        }
        for (HeaderBits.Bit bit : bits.bits()) {
            Label number = DetailView.label("bit-number");
            number.setText(Integer.toString(bit.index() % 8));
            grid.add(number, column(bit.index(), stacked), row(1, bit.index(), stacked));
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
            grid.add(box, column(bit.index(), stacked), row(2, bit.index(), stacked));
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
            int first = column(g.first(), stacked);
            int span = column(g.first() + g.count() - 1, stacked) - first + 1;
            grid.add(group, first, row(3, g.first(), stacked), span, 1);
        }
        return grid;
    }

    /** The grid row of a part of bit {@code bit}'s column: stacked, the second byte's four rows under the first's. */
    private static int row(int part, int bit, boolean stacked) {
        return stacked && bit >= 8 ? part + 4 : part;
    }

    private static int column(int bit, boolean stacked) {
        return stacked ? bit % 8 : column(bit);
    }

    /**
     * The width the bytes side by side need: sixteen columns as wide as the widest part over one column (a bit's box,
     * «Маска» over its one bit, a byte's line over eight), the spacer, the gaps and the insets.
     */
    private static double wideNeed(GridPane wide) {
        double column = 0;
        for (Node n : wide.getChildren()) {
            Integer span = GridPane.getColumnSpan(n);
            column = Math.max(column, n.prefWidth(-1) / (span == null ? 1 : span));
        }
        return 16 * column + 18 + 16 * wide.getHgap() + wide.snappedLeftInset() + wide.snappedRightInset();
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
