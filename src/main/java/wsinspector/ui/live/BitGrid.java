package wsinspector.ui.live;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import wsinspector.dissect.Hex;
import wsinspector.ui.I18n;

/**
 * The first two bytes of a frame drawn as 16 bits with FIN, RSV1-3, opcode, MASK and the 7-bit length named
 * under them (the diagram of RFC 6455 §5.2). One grid per byte, side by side, or one above the other in a
 * narrow pane.
 */
final class BitGrid {

    /** Receives a click on a bit. */
    interface BitClick {
        void clicked(int byteIndex, int bit);
    }

    private BitGrid() {
    }

    static void fill(FlowPane container, FramePreview p, I18n i18n, BitClick click) {
        container.getChildren().setAll(grid(p, 0, i18n, click), grid(p, 1, i18n, click));
    }

    private static GridPane grid(FramePreview p, int b, I18n i18n, BitClick click) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("live-bits");
        grid.setHgap(3);
        grid.setVgap(4);
        Label head = new Label(i18n.t("live.builder.byte", b, Hex.ofByte(p.bytes()[b] & 0xFF)));
        head.getStyleClass().add("live-bit-byte");
        grid.add(head, 0, 0, 8, 1);
        boolean[] bits = p.bits(b);
        for (int i = 0; i < 8; i++) {
            Label bit = new Label(bits[i] ? "1" : "0");
            bit.getStyleClass().addAll("live-bit", bits[i] ? "live-bit-on" : "live-bit-off");
            bit.setMaxWidth(Double.MAX_VALUE);
            int bitIndex = i;
            if (b == 0 || i == 0) {
                bit.getStyleClass().add("live-bit-clickable");
                bit.setOnMouseClicked(e -> click.clicked(b, bitIndex));
            }
            grid.add(bit, i, 1);
        }
        if (b == 0) {
            name(grid, i18n, "live.builder.bit.fin", 0, 1);
            name(grid, i18n, "live.builder.bit.rsv1", 1, 1);
            name(grid, i18n, "live.builder.bit.rsv2", 2, 1);
            name(grid, i18n, "live.builder.bit.rsv3", 3, 1);
            name(grid, i18n, "live.builder.bit.opcode", 4, 4);
        } else {
            name(grid, i18n, "live.builder.bit.mask", 0, 1);
            name(grid, i18n, "live.builder.bit.length", 1, 7);
        }
        return grid;
    }

    private static void name(GridPane grid, I18n i18n, String key, int col, int span) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("live-bit-name");
        l.setMaxWidth(Double.MAX_VALUE);
        grid.add(l, col, 2, span, 1);
    }
}
