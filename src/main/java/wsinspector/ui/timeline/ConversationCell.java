package wsinspector.ui.timeline;

import javafx.scene.control.ListCell;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/** A conversation's name in the chooser, in the window's language. */
public final class ConversationCell extends ListCell<Conversation> {
    private final I18n i18n;
    private final String emptyKey;

    /** A cell of the chooser's list. */
    public ConversationCell(I18n i18n) {
        this(i18n, null);
    }

    /**
     * The chooser's button cell, which says {@code emptyKey} when no conversation is chosen. The ComboBox's own
     * prompt text is not enough: a language switch re-renders this cell, which would blank the prompt until the
     * value changes again.
     */
    public ConversationCell(I18n i18n, String emptyKey) {
        this.i18n = i18n;
        this.emptyKey = emptyKey;
        i18n.localeProperty().addListener((obs, old, now) -> render(getItem(), isEmpty()));
    }

    @Override
    protected void updateItem(Conversation item, boolean empty) {
        super.updateItem(item, empty);
        render(item, empty);
    }

    private void render(Conversation item, boolean empty) {
        if (item != null && !empty) {
            setText(item.label(i18n));
        } else {
            setText(emptyKey == null ? null : i18n.t(emptyKey));
        }
    }
}
