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

    static PayloadView of(I18n i18n, FrameMessage m) {
        PayloadView v = new PayloadView(i18n);
        byte[] plain = m.frame().unmaskedPayload();
        int opcode = m.header().opcode();
        // RSV1 on a data frame means permessage-deflate: its bytes are not text (RFC 7692 §6).
        boolean compressed = m.header().rsv1() || m.completed() != null && m.completed().compressed();
        if (plain.length == 0) {
            v.add("inspect.payload.empty", "", "payload-note");
        } else if (opcode == Opcode.CLOSE.code()) {
            v.close(m);
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

    private void close(FrameMessage m) {
        Field code = m.root().find("close.code").orElse(null);
        if (code != null) {
            String meaning = i18n.explanations().meaning(code);
            add("inspect.payload.closeCode", code.value() + (meaning == null ? "" : " — " + meaning), "payload-text");
        }
        m.root().find("close.reason")
                .ifPresent(reason -> add("inspect.payload.closeReason", reason.value(), "payload-text"));
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
    }

    static String preview(byte[] bytes) {
        return bytes.length <= HEX_LIMIT ? Hex.of(bytes) : Hex.of(bytes, 0, HEX_LIMIT) + " …";
    }

    Node node() {
        return scroll;
    }
}
