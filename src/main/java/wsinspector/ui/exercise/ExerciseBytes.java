package wsinspector.ui.exercise;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Message;
import wsinspector.exercise.Exercise;

/**
 * The bytes of an exercise as the student sees them: a frame in hex (the first two bytes also in
 * bits, where the flags, opcode and length are read), a handshake as text; bytes the student must
 * compute are shown as blanks.
 */
final class ExerciseBytes {
    /** Enough payload to read a few bytes; a 64 KiB frame is not shown whole. */
    static final int SHOWN = 64;
    static final String BLANK = "__";

    private ExerciseBytes() {
    }

    static Node of(Exercise e, ExerciseLabels labels) {
        byte[] bytes = e.bytes();
        if (e.spec().kind() == Message.Kind.HANDSHAKE_RESPONSE) {
            return text(e, bytes);
        }
        VBox box = new VBox(8);
        if (e.spec().kind() == Message.Kind.FRAME && bytes.length >= 2) {
            box.getChildren().add(bits(bytes));
        }
        box.getChildren().add(hex(e, bytes));
        int shown = shown(e, bytes.length);
        if (shown < bytes.length) {
            Label more = new Label(labels.t("exercise.more", bytes.length - shown));
            more.getStyleClass().add("exercise-more");
            box.getChildren().add(more);
        }
        return box;
    }

    /** How many bytes are shown: all of a small message, else the header and the first payload bytes asked about. */
    static int shown(Exercise e, int length) {
        int asked = e.questions().stream().mapToInt(q -> q.offset() + q.length()).max().orElse(0);
        return Math.min(length, Math.max(SHOWN, asked + 16));
    }

    private static Node bits(byte[] bytes) {
        FlowPane row = new FlowPane(16, 4);
        row.getStyleClass().add("exercise-bits");
        for (int i = 0; i < 2; i++) {
            String b = String.format(Locale.ROOT, "%8s", Integer.toBinaryString(bytes[i] & 0xFF)).replace(' ', '0');
            Label l = new Label(b.substring(0, 4) + " " + b.substring(4));
            l.getStyleClass().add("exercise-byte");
            row.getChildren().add(l);
        }
        return row;
    }

    private static Node hex(Exercise e, byte[] bytes) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("exercise-hex");
        int shown = shown(e, bytes.length);
        for (int i = 0; i < shown; i++) {
            int row = i / 16;
            if (i % 16 == 0) {
                Label offset = new Label(String.format(Locale.ROOT, "%04x", i));
                offset.getStyleClass().add("exercise-offset");
                grid.add(offset, 0, row);
            }
            boolean blank = e.blanked(i);
            Label cell = new Label(blank ? BLANK : String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            cell.getStyleClass().addAll("exercise-byte", blank ? "exercise-blank" : "exercise-shown");
            cell.setId("byte-" + i);
            grid.add(cell, 1 + i % 16, row);
        }
        return grid;
    }

    /** A handshake is text: shown as text, the blanked value replaced by as many underscores as it has bytes. */
    private static Node text(Exercise e, byte[] bytes) {
        StringBuilder out = new StringBuilder();
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < raw.length(); i++) {
            out.append(e.blanked(i) ? '_' : raw.charAt(i));
        }
        Label l = new Label(out.toString().replace("\r\n", "\n").stripTrailing());
        l.getStyleClass().addAll("exercise-byte", "exercise-head");
        l.setId("exercise-head");
        l.setWrapText(true);
        return l;
    }
}
