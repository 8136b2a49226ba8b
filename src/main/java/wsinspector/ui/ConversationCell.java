package wsinspector.ui;

import javafx.scene.control.ListCell;

/** A conversation's name in the chooser, in the window's language. */
final class ConversationCell extends ListCell<Conversation> {
    private final I18n i18n;

    ConversationCell(I18n i18n) {
        this.i18n = i18n;
        i18n.localeProperty().addListener((obs, old, now) -> render(getItem(), isEmpty()));
    }

    @Override
    protected void updateItem(Conversation item, boolean empty) {
        super.updateItem(item, empty);
        render(item, empty);
    }

    private void render(Conversation item, boolean empty) {
        setText(empty || item == null ? null : item.label(i18n));
    }
}
