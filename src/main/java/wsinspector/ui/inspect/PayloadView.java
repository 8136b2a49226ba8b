package wsinspector.ui.inspect;

import java.nio.charset.StandardCharsets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Opcode;
import wsinspector.ui.I18n;

/**
 * The payload read three ways, like Wireshark's extra byte views but side by side: as UTF-8 text,
 * as hex, and for a permessage-deflate message the inflated text beside the compressed wire bytes;
 * a close body as code and reason; a fragmented message as the whole reassembled text.
 */
final class PayloadView {
    /** Hex shown here is cut after this many bytes (the hex view above has them all). */
    static final int HEX_LIMIT = 512;
    static final int TEXT_LIMIT = 4000;

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(grid);
    private final ScrollPane scroll = new ScrollPane(root);
    private int row;
    /** The rows again, each name over its value: a close body's in projector mode's type (see {@link #close}). */
    private final VBox stacked = new VBox();
    /** Puts the grid or the stacked rows in the view as the type changes; a strong reference for its weak listener. */
    private javafx.beans.value.ChangeListener<Boolean> stackedWhile;

    private PayloadView(I18n i18n) {
        this.i18n = i18n;
        root.getStyleClass().addAll("tab-body", "payload-view");
        grid.getStyleClass().add("payload-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        scroll.setFitToWidth(true);
    }

    /** @param largeType projector mode's large type: a close body's names over their values (see {@link #close}) */
    static PayloadView of(I18n i18n, FrameMessage m, javafx.beans.value.ObservableBooleanValue largeType) {
        PayloadView v = new PayloadView(i18n);
        byte[] plain = m.frame().unmaskedPayload();
        int opcode = m.header().opcode();
        // RSV1 on a data frame means permessage-deflate: its bytes are not text (RFC 7692 §6).
        boolean compressed = m.header().rsv1() || m.completed() != null && m.completed().compressed();
        if (plain.length == 0) {
            v.add("inspect.payload.empty", "", "payload-note");
        } else if (opcode == Opcode.CLOSE.code()) {
            v.close(m, largeType);
        } else if (!compressed) {
            v.text("inspect.payload.text", plain);
        }
        if (plain.length > 0) {
            v.add(compressed ? "inspect.payload.compressedHex" : "inspect.payload.hex", preview(plain), "payload-hex");
        }
        if (m.header().masked() && plain.length > 0) {
            byte[] wire = java.util.Arrays.copyOfRange(m.wire(), m.frame().payloadOffsetInWire(), m.wire().length);
            v.add("inspect.payload.maskedHex", preview(wire), "payload-hex");
        }
        AssembledMessage done = m.completed();
        if (done != null && done.compressed()) {
            v.add("inspect.payload.compressedNote", i18n.t("inspect.payload.compressedExplain"), "payload-note");
            v.text("inspect.payload.inflated", done.payload());
            v.add("inspect.payload.inflatedHex", preview(done.payload()), "payload-hex");
        } else if (done != null && done.frameCount() > 1) {
            v.add("inspect.payload.reassembledNote", i18n.t("inspect.payload.reassembledExplain", done.frameCount()),
                    "payload-note");
            v.text("inspect.payload.reassembled", done.payload());
        }
        return v;
    }

    static PayloadView of(I18n i18n, LegacyFrameMessage m) {
        PayloadView v = new PayloadView(i18n);
        byte[] payload = m.frame().payload();
        if (payload.length == 0) {
            v.add("inspect.payload.empty", "", "payload-note");
            return v;
        }
        if (m.frame().text() != null) {
            v.text("inspect.payload.text", payload);
        }
        v.add("inspect.payload.hex", preview(payload), "payload-hex");
        return v;
    }

    /**
     * A close body's code and reason. In projector mode's type its rows stand each name over its value: beside the
     * timeline at 1920×1080 «В шестнадцатеричном виде» took 600 of the view's 1080 px and «1000 — Нормальное закрытие»
     * wrapped over three lines in the 420 px left (live steps 8-9); the normal window keeps the grid, one line each.
     * Chosen by the type, not by the width: a view whose height follows its width made the inspector's fit of the
     * step's view (its other parts beside it or not) lay it out again and again.
     */
    private void close(FrameMessage m, javafx.beans.value.ObservableBooleanValue largeType) {
        Field code = m.root().find("close.code").orElse(null);
        if (code != null) {
            String meaning = i18n.explanations().meaning(code);
            add("inspect.payload.closeCode", code.value() + (meaning == null ? "" : " — " + meaning), "payload-text");
        }
        m.root().find("close.reason")
                .ifPresent(reason -> add("inspect.payload.closeReason", reason.value(), "payload-text"));
        stacked.getStyleClass().add("payload-stacked");
        javafx.beans.value.ChangeListener<Boolean> place = (obs, old, now) -> root.getChildren().setAll(now ? stacked : grid);
        place.changed(largeType, null, largeType.getValue());
        stackedWhile = place;   // held by the view: the inspector's property outlives it
        largeType.addListener(new javafx.beans.value.WeakChangeListener<>(place));
    }

    private void text(String key, byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.length() > TEXT_LIMIT) {
            s = s.substring(0, TEXT_LIMIT) + "…";
        }
        add(key, s, "payload-text");
    }

    private void add(String key, String value, String style) {
        Label name = DetailView.label("payload-name");
        name.setText(i18n.t(key));
        name.setWrapText(false);
        Label v = DetailView.label(style);
        v.setText(value);
        grid.addRow(row++, name, v);
        Label under = DetailView.label("payload-name");
        under.setText(name.getText());
        Label value2 = DetailView.label(style);
        value2.setText(value);
        VBox pair = new VBox(under, value2);
        pair.getStyleClass().add("payload-pair");
        stacked.getChildren().add(pair);
    }

    static String preview(byte[] bytes) {
        return bytes.length <= HEX_LIMIT ? Hex.of(bytes) : Hex.of(bytes, 0, HEX_LIMIT) + " …";
    }

    Node node() {
        return scroll;
    }
}
