package wsinspector.ui.timeline;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/** A list cell that draws its message as an arrow of the sequence diagram. */
public final class ArrowCell extends ListCell<Message> {
    private final I18n i18n;
    private final ArrowRow row = new ArrowRow();

    ArrowCell(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("arrow-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        row.prefWidthProperty().bind(widthProperty().subtract(2));
        row.prefHeightProperty().bind(heightProperty().subtract(1));
    }

    @Override
    protected void updateItem(Message message, boolean empty) {
        super.updateItem(message, empty);
        setText(null);
        if (empty || message == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String label = ArrowLabels.label(message, i18n);
        row.show(getIndex(), message.direction(), label, ArrowKind.of(message), message.problems().size());
        setAccessibleText(label);
        setGraphic(row);
    }
}
