package wsinspector.ui.inspect;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * The selected field explained in large type, as a banner across the pane: its name and value, what the value means, why the
 * field is there, which bytes and bits it occupies, and the rules broken in it (with the RFC section).
 */
final class DetailView {
    /** Values longer than this many characters stand on a line of their own (see {@link #longValue}). */
    static final int LONG_VALUE = 32;
    private final I18n i18n;
    private final Label name = label("detail-name");
    private final Label value = label("detail-value");
    /**
     * A long value (a payload's bytes in hex, a long text) on a line of its own under the name, wrapped at the pane's
     * width: in the headline its one line set the least width of the panel, which then scrolled sideways and cut its
     * sentences at the right edge (random.bin's first payload, W7-12).
     */
    private final Label longValue = label("detail-value");
    private final Label meaning = label("detail-meaning");
    private final Label explanation = label("detail-explain");
    private final Label where = label("detail-where");
    private final VBox problems = new VBox();
    /**
     * Name, value, meaning and where, wrapped onto a second line when they do not fit the width: in one row a TCP FIN's
     * «FIN: этой стороне больше нечего отправить» and «Вычислено из других значений…» made the explanation scroll
     * sideways and cut its text at the right edge.
     */
    private final FlowPane headline = new FlowPane(name, value, meaning, where);
    private final VBox box = new VBox(headline, longValue, explanation, problems);
    private final ScrollPane scroll = new ScrollPane(box);

    DetailView(I18n i18n) {
        this.i18n = i18n;
        box.getStyleClass().add("detail");
        headline.getStyleClass().add("detail-headline");
        headline.setRowValignment(javafx.geometry.VPos.BASELINE);
        for (Label l : new Label[] {name, value, meaning, where}) {
            l.setWrapText(false);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        value.setMinWidth(0);
        // a long value (a payload's text) on a line of its own, cut with an ellipsis at the pane's width
        value.maxWidthProperty().bind(headline.widthProperty());
        value.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        longValue.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add("detail-problems");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
    }

    Node node() {
        return scroll;
    }

    /** The height the whole explanation needs at this width (headline, text, broken rules). */
    double contentHeight(double width) {
        box.applyCss();
        return box.prefHeight(width);
    }

    void show(Message m, Field f, ProblemPlaces places) {
        problems.getChildren().clear();
        problems.setManaged(false);
        if (m == null || f == null) {
            for (Label l : new Label[] {name, value, longValue, meaning, explanation, where}) {
                l.setText("");
            }
            return;
        }
        name.setText(i18n.explanations().name(f));
        boolean alone = f.value() != null && f.value().length() > LONG_VALUE;
        value.setText(alone ? "" : f.value());
        longValue.setText(alone ? f.value() : "");
        show(value, !alone);
        show(longValue, alone);
        String means = i18n.explanations().meaning(f);
        meaning.setText(means == null ? "" : means);
        show(meaning, means != null);
        explanation.setText(i18n.explanations().explain(f));
        where.setText(where(i18n, m, f));
        for (Problem p : places.at(f)) {
            Label l = label("detail-problem");
            SeverityLook.apply(l, SeverityLook.of(p)); // its weight's colour, as the header and the badge have it
            l.setText(Texts.verdict(i18n, p));
            problems.getChildren().add(l);
        }
        // no empty row (and no spacing) under the text when nothing is broken
        problems.setManaged(!problems.getChildren().isEmpty());
    }

    private static void show(Label label, boolean shown) {
        label.setManaged(shown);
        label.setVisible(shown);
    }

    /** "Bytes 2–5 (4 bytes)", "Byte 0, bits 4–7", or "computed, not on the wire". */
    static String where(I18n i18n, Message m, Field f) {
        if (f.length() == 0) {
            return i18n.t("inspect.where.computed");
        }
        long first = f.offset() - m.offset();
        long last = first + f.length() - 1;
        if (f.isBits()) {
            int lastBit = f.bitOffset() + f.bitLength() - 1;
            return f.bitLength() == 1
                    ? i18n.t("inspect.where.bit", first, f.bitOffset())
                    : i18n.t("inspect.where.bits", first, f.bitOffset(), lastBit);
        }
        return f.length() == 1 ? i18n.t("inspect.where.byte", first)
                : i18n.t("inspect.where.bytes", first, last, f.length());
    }

    static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
