package wsinspector.ui.live;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * Joined toggle buttons that wrap in a narrow pane, each row of them drawn as one whole group: the first of a row
 * rounded at the left with its left border, the last rounded at the right with its right border, one alone on its
 * row rounded at both. The theme's pill classes were given by the buttons' order in the whole row, so a row that
 * wrapped ended on a middle pill without its right border («Пинг», «Pong» in the live client's kinds).
 */
final class PillRow extends FlowPane {
    private static final List<String> PILLS = List.of("left-pill", "center-pill", "right-pill");

    PillRow() {
        super(0, 4);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Node> shown = getManagedChildren();
        for (int i = 0; i < shown.size(); i++) {
            Node pill = shown.get(i);
            boolean first = i == 0 || row(shown.get(i - 1)) != row(pill);
            boolean last = i == shown.size() - 1 || row(shown.get(i + 1)) != row(pill);
            String wanted = first && last ? null : first ? "left-pill" : last ? "right-pill" : "center-pill";
            // only a change touches the classes: a class set anew is styled again in the next pulse
            for (String c : PILLS) {
                if (!c.equals(wanted) && pill.getStyleClass().contains(c)) {
                    pill.getStyleClass().remove(c);
                }
            }
            if (wanted != null && !pill.getStyleClass().contains(wanted)) {
                pill.getStyleClass().add(wanted);
            }
        }
    }

    /** The row a pill stands in: its top, in whole pixels (a row's pills share it). */
    private static long row(Node pill) {
        return Math.round(pill.getLayoutY());
    }
}
