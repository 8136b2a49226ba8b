package wsinspector.ui.timeline;

import javafx.scene.control.ListCell;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/** A conversation's name in the chooser, in the window's language. */
public final class ConversationCell extends ListCell<Conversation> {
    private final I18n i18n;

    public ConversationCell(I18n i18n) {
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
