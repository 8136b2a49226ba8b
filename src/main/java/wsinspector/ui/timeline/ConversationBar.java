package wsinspector.ui.timeline;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/** Over the timeline: the conversation on screen (a chooser of all of them) and how many messages it holds. */
public final class ConversationBar extends HBox {
    private final ComboBox<Conversation> chooser;

    public ConversationBar(I18n i18n, Session session, TimelineView timeline) {
        chooser = new ComboBox<>(session.conversations());
        chooser.setId("conversation-chooser");
        chooser.valueProperty().bindBidirectional(session.currentProperty());
        chooser.setCellFactory(v -> new ConversationCell(i18n));
        chooser.setButtonCell(new ConversationCell(i18n, "timeline.noConversation"));
        chooser.promptTextProperty().bind(i18n.bind("timeline.noConversation"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(0);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("message-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Runnable render = () -> count.setText(i18n.t("timeline.count", timeline.messages().size()));
        new ListFollower<>(timeline.list().itemsProperty(), change -> render.run(), render);
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        getChildren().setAll(chooser, count);
        getStyleClass().add("conversation-bar");
    }

    public ComboBox<Conversation> chooser() {
        return chooser;
    }
}
