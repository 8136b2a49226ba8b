package wsinspector.ui.live;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import wsinspector.ui.I18n;

/**
 * A value of the accept computation in monospace type (the GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11) that wraps only
 * after its dashes and adds no character to do so: each dash-ended piece is a label of its own in a flow, which breaks
 * between them. The hair space put after each dash before (so that JavaFX, which breaks a word too long anywhere, broke
 * it there) is a whole cell of monospace type: the class saw «258EAFA5- E914- 47DA-…», and a student typing it from the
 * screen typed the spaces. A right click copies the value itself («Копировать»), the operator before it left out.
 */
final class CopyableValue extends FlowPane {
    private final String value;
    private final MenuItem copy = new MenuItem();

    /**
     * @param lead  what is shown before the value and is no part of it ("+ " before the GUID), or ""
     * @param style the pieces' style class
     */
    CopyableValue(I18n i18n, String lead, String value, String style) {
        this.value = value;
        getStyleClass().add("copyable-value");
        String shown = lead + value;
        for (String piece : shown.split("(?<=-)")) {
            Label l = new Label(piece);
            l.getStyleClass().add(style);
            l.setMinWidth(Label.USE_PREF_SIZE);   // a piece is never cut: the flow breaks before it instead
            getChildren().add(l);
        }
        copy.textProperty().bind(i18n.bind("live.step.copy"));
        copy.setOnAction(e -> copy());
        ContextMenu menu = new ContextMenu(copy);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        setMinWidth(0);
    }

    /** What a right click offers: «Копировать». */
    MenuItem copyItem() {
        return copy;
    }

    /** The value as copied: as it is on the wire, nothing added. */
    String value() {
        return value;
    }

    /** The text on screen, the pieces joined as they are drawn. */
    String shown() {
        StringBuilder b = new StringBuilder();
        getChildren().forEach(n -> b.append(((Label) n).getText()));
        return b.toString();
    }

    /** Puts the value on the system clipboard (FX thread). */
    void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(value);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** On one line where it can: its pieces side by side. */
    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        for (javafx.scene.Node n : getManagedChildren()) {
            w += n.prefWidth(-1);
        }
        return w;
    }

    /** No narrower than its longest piece, which is never broken. */
    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (javafx.scene.Node n : getManagedChildren()) {
            w = Math.max(w, n.prefWidth(-1));
        }
        return snappedLeftInset() + w + snappedRightInset();
    }
}
