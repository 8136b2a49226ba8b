package wsinspector.ui.window;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.session.Conversation;

/**
 * The inspector's place under the timeline: the pane is built once (after the window's first frame),
 * shows the selection, and until a message is chosen follows the newest one, so it is never an empty
 * half of the screen. Given less height than its least (zoomed in on a small screen, a lesson's text above it), it
 * scrolls upright with every part whole instead of squeezing the explanation and the tabs to slivers.
 */
final class InspectorSlot {
    private final StackPane slot;
    private InspectorPane inspector;
    private boolean enlarging;

    InspectorSlot(StackPane slot) {
        this.slot = slot;
    }

    /** Before the pane is built (the window's first frame): the word the pane's own parts say while they are made. */
    void showStarting(I18n i18n) {
        if (inspector == null) {
            javafx.scene.control.Label preparing = new javafx.scene.control.Label();
            preparing.textProperty().bind(i18n.bind("inspect.preparing"));
            preparing.setStyle("-fx-text-fill: -color-fg-muted;");
            slot.getChildren().setAll(preparing);
        }
    }

    /**
     * Builds the pane once, wired to the window: a double click on a tab (its own enlarging) goes to the modes' tabs
     * enlarged unless projector mode is on, where the layout decides; {@code reshare} runs when its least height may
     * have changed (it explains another field, its first view, which comes in parts, is whole); a capture's reading
     * waits for that first view, so that the view has the processors to itself.
     */
    void populate(I18n i18n, WindowModel modes, Runnable reshare, Consumer<Consumer<Runnable>> readingWaits) {
        populate(i18n, modes.layout().inspectorEnlarged(), modes.tabsEnlargedProperty(), modes.projectorProperty());
        onFieldChanged(reshare);
        inspector.setOnWhole(reshare);
        readingWaits.accept(inspector::whenWhole);
    }

    private void populate(I18n i18n, boolean enlarged, BooleanProperty tabsEnlarged, ReadOnlyBooleanProperty projector) {
        inspector = new InspectorPane(i18n);
        inspector.tabsEnlargedProperty().set(enlarged);
        inspector.largeTypeProperty().bind(projector);
        inspector.largeTypeProperty().bind(projector);
        inspector.tabsEnlargedProperty().addListener((obs, old, now) -> {
            if (!enlarging && !projector.get()) {
                tabsEnlarged.set(now);
            }
        });
        ScrollPane scroll = new ScrollPane(inspector);
        scroll.getStyleClass().add("inspector-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        slot.getChildren().setAll(scroll);
    }

    /** Calls {@code action} when the inspector explains another field (its explanation's height changes). */
    private void onFieldChanged(Runnable action) {
        inspector.selectedFieldProperty().addListener((obs, old, now) -> action.run());
    }

    /** Whether the inspector's first view is coming in parts (see {@link InspectorPane#building}). */
    boolean building() {
        return inspector != null && inspector.building();
    }

    boolean populated() {
        return inspector != null;
    }

    /** The layout's say on the tabs (projector mode, Ctrl+E), not taken for a person's double click. */
    void setEnlarged(boolean enlarged) {
        if (inspector != null) {
            enlarging = true;
            inspector.tabsEnlargedProperty().set(enlarged);
            enlarging = false;
        }
    }

    /**
     * Shows {@code selected}, or the newest of {@code shown} when nothing is selected; the conversation gives context.
     *
     * @return whether the pane shows another message (or none) now: its least height may have changed
     */
    boolean inspect(Conversation conversation, Message selected, List<Message> shown) {
        if (inspector == null) {
            return false;
        }
        Message message = selected;
        if (message == null && !shown.isEmpty()) {
            message = shown.get(shown.size() - 1);
        }
        if (message == null || conversation == null) {
            boolean had = inspector.model().message() != null;
            inspector.clear();
            return had;
        } else if (message != inspector.model().message()) {
            inspector.reconstructedProperty().set(conversation.reconstructed());
            // the messages on the timeline are the context, not the whole conversation: in step mode (F5) the
            // request's step showed the answer not yet sent under it in the handshake view (W8-10)
            inspector.show(message, shown.isEmpty() ? conversation.messages() : shown);
            return true;
        }
        return false;
    }

    /**
     * The answer to the request on screen has come since it was shown: its accept computation compares it (see
     * {@link InspectorPane#answerCame}). Returns whether it came.
     */
    boolean answerCame(Conversation conversation, List<Message> shown) {
        return inspector != null && conversation != null
                && inspector.answerCame(shown.isEmpty() ? conversation.messages() : shown);
    }

    /**
     * The inspector's least height at this width, {@code sideShare} of it at the left of its parts for the timeline
     * (see {@link InspectorPane#leastHeight}); 0 before it is built. The
     * pane keeps it as its own least: where the window gives less, the slot scrolls.
     */
    double leastHeight(double width, double sideShare) {
        if (inspector == null) {
            return 0;
        }
        inspector.setMinHeight(inspector.leastHeight(width, sideShare));
        // the window shares by what the view in front would like (a handshake's every line); given less, the hex gives
        // up rows and the lines scroll, and only under the least does the whole pane scroll
        return inspector.wantedHeight(width, sideShare);
    }

    /** Puts the timeline at the left of the inspector's parts ({@code node} null: takes it away). */
    void setSide(javafx.scene.layout.Region node, double share) {
        if (inspector != null) {
            inspector.setSide(node, share);
        }
    }

    InspectorPane pane() {
        return inspector;
    }
}
