package wsinspector.ui.live;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import wsinspector.dissect.Hex;
import wsinspector.ui.I18n;

/**
 * The first two bytes of a frame drawn as 16 bits with FIN, RSV1-3, opcode, MASK and the 7-bit length named
 * under them (the diagram of RFC 6455 §5.2).
 */
final class BitGrid {
    /** Column of bit {@code i} of byte {@code b}: a gap column separates the two bytes. */
    private static int column(int b, int i) {
        return b * 9 + i;
    }

    /** Receives a click on a bit. */
    interface BitClick {
        void clicked(int byteIndex, int bit);
    }

    private BitGrid() {
    }

    static void fill(GridPane grid, FramePreview p, I18n i18n, BitClick click) {
        grid.setHgap(3);
        grid.setVgap(4);
        byte[] bytes = p.bytes();
        for (int b = 0; b < 2; b++) {
            Label head = new Label(i18n.t("live.builder.byte", b, Hex.ofByte(bytes[b] & 0xFF)));
            head.getStyleClass().add("live-bit-byte");
            grid.add(head, column(b, 0), 0, 8, 1);
            boolean[] bits = p.bits(b);
            for (int i = 0; i < 8; i++) {
                Label bit = new Label(bits[i] ? "1" : "0");
                bit.getStyleClass().addAll("live-bit", bits[i] ? "live-bit-on" : "live-bit-off");
                bit.setMaxWidth(Double.MAX_VALUE);
                int byteIndex = b;
                int bitIndex = i;
                if (b == 0 || i == 0) {
                    bit.getStyleClass().add("live-bit-clickable");
                    bit.setOnMouseClicked(e -> click.clicked(byteIndex, bitIndex));
                }
                grid.add(bit, column(b, i), 1);
            }
        }
        name(grid, i18n, "live.builder.bit.fin", column(0, 0), 1);
        name(grid, i18n, "live.builder.bit.rsv1", column(0, 1), 1);
        name(grid, i18n, "live.builder.bit.rsv2", column(0, 2), 1);
        name(grid, i18n, "live.builder.bit.rsv3", column(0, 3), 1);
        name(grid, i18n, "live.builder.bit.opcode", column(0, 4), 4);
        name(grid, i18n, "live.builder.bit.mask", column(1, 0), 1);
        name(grid, i18n, "live.builder.bit.length", column(1, 1), 7);
        Label gap = new Label();
        gap.getStyleClass().add("live-bit-gap");
        grid.add(gap, 8, 1);
    }

    private static void name(GridPane grid, I18n i18n, String key, int col, int span) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("live-bit-name");
        l.setMaxWidth(Double.MAX_VALUE);
        grid.add(l, col, 2, span, 1);
    }
}
