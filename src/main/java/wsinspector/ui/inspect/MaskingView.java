package wsinspector.ui.inspect;

import java.util.function.LongConsumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.MaskingRows;
import wsinspector.protocol.FrameHeader;
import wsinspector.ui.I18n;

/**
 * Masking shown byte by byte (RFC 6455 §5.3), what Wireshark keeps in a black box:
 * {@code 7f ⊕ 37 = 48 H}. Each key byte has its own colour, so the repeating i mod 4 is visible.
 */
final class MaskingView {
    /** Rows per column block; blocks flow side by side. */
    static final int ROWS_PER_BLOCK = 16;

    private final VBox root = new VBox();
    private final ScrollPane scroll = new ScrollPane(root);
    private final MaskingRows rows;

    MaskingView(I18n i18n, FrameMessage m, LongConsumer selectByte) {
        FrameHeader h = m.header();
        root.getStyleClass().addAll("tab-body", "masking-view");
        scroll.setFitToWidth(true);
        byte[] key = h.maskingKey();
        Label rule = DetailView.label("masking-rule");
        rule.setText(i18n.t("inspect.masking.rule"));
        HBox keyBox = new HBox();
        keyBox.getStyleClass().add("masking-key");
        Label keyTitle = DetailView.label("masking-key-title");
        keyTitle.setText(i18n.t("inspect.masking.key"));
        keyBox.getChildren().add(keyTitle);
        for (int k = 0; k < 4; k++) {
            Label kb = new Label(Hex.ofByte(key[k] & 0xFF));
            kb.getStyleClass().addAll("mask-byte", "key-" + k);
            Label idx = DetailView.label("mask-index");
            idx.setText("[" + k + "]");
            keyBox.getChildren().add(new VBox(kb, idx));
        }
        rows = MaskingRows.of(m.wire(), m.frame().payloadOffsetInWire(), key);
        FlowPane blocks = new FlowPane();
        blocks.getStyleClass().add("masking-blocks");
        GridPane block = null;
        long payloadStart = m.frame().payloadOffset();
        for (MaskingRows.Row r : rows.rows()) {
            if (r.index() % ROWS_PER_BLOCK == 0) {
                block = new GridPane();
                block.getStyleClass().add("masking-block");
                block.addRow(0, header(i18n, "i"), header(i18n, "wire"), new Label(), header(i18n, "key"),
                        new Label(), header(i18n, "plain"), header(i18n, "char"));
                blocks.getChildren().add(block);
            }
            Label[] cells = {
                cell(Integer.toString(r.index()), "mask-index"),
                cell(Hex.ofByte(r.masked()), "mask-byte"),
                cell("⊕", "mask-op"),
                cell(Hex.ofByte(r.key()), "mask-byte", "key-" + r.keyIndex()),
                cell("=", "mask-op"),
                cell(Hex.ofByte(r.plain()), "mask-byte", "mask-plain"),
                cell(r.character(), "mask-char"),
            };
            int row = r.index() % ROWS_PER_BLOCK + 1;
            block.addRow(row, cells);
            for (Label c : cells) {
                c.getStyleClass().add("masking-row");
                c.setAccessibleText(r.text());
                c.setOnMouseClicked(e -> selectByte.accept(payloadStart + r.index()));
            }
        }
        root.getChildren().addAll(rule, keyBox, blocks);
        if (rows.remaining() > 0) {
            Label more = DetailView.label("masking-more");
            more.setText(i18n.t("inspect.masking.more", rows.remaining()));
            root.getChildren().add(more);
        }
    }

    private static Label header(I18n i18n, String key) {
        Label l = new Label(i18n.t("inspect.masking.col." + key));
        l.getStyleClass().add("mask-header");
        return l;
    }

    private static Label cell(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    Node node() {
        return scroll;
    }

    MaskingRows rows() {
        return rows;
    }
}
