package wsinspector.ui.timeline;

import java.util.OptionalLong;
import java.util.function.Supplier;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/** A list cell that draws its message as an arrow of the sequence diagram. */
public final class ArrowCell extends ListCell<Message> {
    private final I18n i18n;
    private final ArrowRow row = new ArrowRow();
    private final Supplier<OptionalLong> timeOrigin;
    /** The language and time origin this cell drew its message in; null while it shows none. */
    private Object drawnWith;

    /** @param timeOrigin what the times count from; empty when the conversation has none to show */
    ArrowCell(I18n i18n, Supplier<OptionalLong> timeOrigin) {
        this.i18n = i18n;
        this.timeOrigin = timeOrigin;
        getStyleClass().add("arrow-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        row.prefWidthProperty().bind(widthProperty().subtract(2));
        row.prefHeightProperty().bind(heightProperty().subtract(1));
        // a hidden badge keeps a weight, so its colour always resolves and a message without problems changes no class
        SeverityLook.apply(row.badgeLabel(), SeverityLook.ERROR);
    }

    /**
     * A cell the list takes back for the row it showed before does not redraw (same row, same message), though the
     * list was refreshed since for a new language: such a cell, kept aside while its row was out of view, showed
     * "Ping", "(masked)" in the Russian window once scrolled back in. Redrawn here when what it was drawn with changed.
     */
    @Override
    public void updateIndex(int index) {
        super.updateIndex(index);
        if (!isEmpty() && getItem() != null && !drawing().equals(drawnWith)) {
            updateItem(getItem(), false);
        }
    }

    /**
     * Draws a stand-in arrow of this kind with no message behind it: a throwaway cell styled and laid out before the
     * first conversation arrives (see {@link TimelineView#warmCells}).
     */
    void drawStandIn(ArrowKind kind, javafx.scene.control.ListView<Message> list) {
        updateListView(list);
        row.show(0, kind == ArrowKind.HANDSHAKE ? wsinspector.dissect.Direction.CLIENT_TO_SERVER
                : wsinspector.dissect.Direction.SERVER_TO_CLIENT, i18n.t("timeline.time", "0.000000"), null, kind,
                kind == ArrowKind.DATA ? 1 : 0);
        row.showTime(i18n.t("timeline.time", "0.000000"), i18n.t("timeline.time", "0.0"));
        setGraphic(row);
    }

    private Object drawing() {
        return java.util.List.of(i18n.locale(), timeOrigin.get());
    }

    @Override
    protected void updateItem(Message message, boolean empty) {
        super.updateItem(message, empty);
        setText(null);
        if (empty || message == null) {
            drawnWith = null;
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        drawnWith = drawing();
        String label = ArrowLabels.label(message, i18n);
        row.show(getIndex(), message.direction(), label, ArrowLabels.compact(message, i18n), ArrowKind.of(message),
                message.problems().size());
        // the badge in the colour of the heaviest weight, as the inspector's header counts it: a remark ("ℹ", no
        // rule broken) is not the red of an error, nor a warning (a frame cut by the capture's end)
        SeverityLook.heaviest(message.problems()).ifPresent(look -> SeverityLook.apply(row.badgeLabel(), look));
        OptionalLong origin = timeOrigin.get();
        if (origin.isPresent()) {
            String time = RelativeTime.full(message.timestampNanos(), origin.getAsLong());
            row.showTime(i18n.t("timeline.time", time),
                    i18n.t("timeline.time", RelativeTime.compact(message.timestampNanos(), origin.getAsLong())));
            setAccessibleText(label + ", " + i18n.t("timeline.seconds", time));
        } else {
            row.showTime(null, null);
            setAccessibleText(label);
        }
        setGraphic(row);
    }
}
