package wsinspector.ui.timeline;

import java.util.OptionalLong;

import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.layout.BorderPane;
import wsinspector.dissect.Message;
import wsinspector.ui.session.IndexedMessages;
import wsinspector.ui.I18n;

/**
 * The conversation as a sequence diagram: "Client" and "Server" lifelines, one arrow per message.
 * A virtualized list (one cell per visible row), so 100 000 messages scroll as smoothly as ten.
 * Arrow keys and the mouse move the selection, which the window hands to the inspector.
 */
public final class TimelineView extends BorderPane {
    /** A row's height, in em of the window's font: the label and room for the arrow under it. */
    public static final double ROW_EM = 2.6;
    private final ListView<Message> list = new ListView<>();
    private final ObjectProperty<Message> selected = new SimpleObjectProperty<>(this, "selected");
    private final ListChangeListener<Message> followTail = change -> {
        added(change);
        followTail();
    };
    /** Set while this view changes the list's selection itself, so the list does not echo it back. */
    private boolean applying;
    private OptionalLong timeOrigin = OptionalLong.empty();
    /** Whether the stand-in cells were styled and laid out (once per view; see {@link #warmCells}). */
    private boolean warmed;

    /** @param fontSize the window's font size in px; rows grow with it */
    public TimelineView(I18n i18n, IntegerExpression fontSize) {
        getStyleClass().add("timeline");
        list.getStyleClass().add("timeline-list");
        list.setCellFactory(v -> new ArrowCell(i18n, () -> timeOrigin));
        list.fixedCellSizeProperty().bind(fontSize.multiply(ROW_EM));
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("timeline.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("timeline-empty");
        list.setPlaceholder(empty);
        LifelineHeader header = new LifelineHeader(i18n);
        setTop(header);
        list.skinProperty().addListener((obs, old, skin) -> javafx.application.Platform.runLater(() -> {
            alignHeader(header);
            // the window is up (the list got its skin in its first pulse): the stand-in cells while it waits for a file
            javafx.application.Platform.runLater(this::warmCells);
        }));
        setCenter(list);
        setMinHeight(0);
        list.setMinHeight(0);
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        new ListFollower<>(list.itemsProperty(), followTail, () -> { });
        bindSelection();
        // the band's height follows what it holds (a step, a new row): the selected row stays in view
        list.heightProperty().addListener((obs, old, now) -> reveal(list.getSelectionModel().getSelectedIndex()));
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!applying && selected.get() != now) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> showSelected(rowOfSelected(now)));
    }

    /**
     * Puts the selected message into the list's selection by its row, and scrolls to it. Not {@code select(item)}:
     * a message selected while the list is still telling its listeners that it was added (a lesson's step picks
     * its message as it arrives) is a row the selection model does not know yet; {@code select(item)} then sets
     * the selected index right but leaves the previous row in the selected indices, which is what the cells draw.
     * Here the model refuses the unknown row, and {@link #added} selects it once the model has counted it.
     *
     * @param row the message's row in the list, -1 when it is not (yet) there
     */
    private void showSelected(int row) {
        Message now = selected.get();
        MultipleSelectionModel<Message> model = list.getSelectionModel();
        if (now != null && model.getSelectedItem() == now && model.getSelectedIndices().size() == 1
                && model.isSelected(model.getSelectedIndex())) {
            return;   // the list shows it already (a click)
        }
        applying = true;
        try {
            if (row < 0) {
                model.clearSelection();   // none, or a message still on its way here: added() selects it
            } else {
                model.select(row);
            }
        } finally {
            applying = false;
        }
        if (row >= 0 && model.isSelected(row)) {
            reveal(row);
        }
    }

    /** Rows added: the selected message among them is selected now (it may have been chosen before it came). */
    private void added(ListChangeListener.Change<? extends Message> change) {
        Message wanted = selected.get();
        if (wanted == null || list.getSelectionModel().getSelectedItem() == wanted && !list.getSelectionModel().isEmpty()) {
            return;
        }
        while (change.next()) {
            if (change.wasAdded()) {
                int at = rowAdded(wanted, change);
                if (at >= 0) {
                    showSelected(at);
                    return;
                }
            }
        }
    }

    /** The row of this very message among those a change added, or -1; in a loaded capture's list without a walk. */
    private static int rowAdded(Message m, ListChangeListener.Change<? extends Message> change) {
        if (change.getList() instanceof IndexedMessages indexed) {
            int row = indexed.rowOf(m);
            return row >= change.getFrom() && row < change.getTo() ? row : -1;
        }
        int at = rowOf(m, change.getAddedSubList());
        return at < 0 ? -1 : change.getFrom() + at;
    }

    /**
     * The selected message's row. A click or a key put it in the list's selection already: its row is the selection
     * model's, with no search. Else (a lesson, the session, a capture's first message) a loaded capture's list finds
     * it through its index. Why that matters: a search walks the rows from the newest, and a loaded capture's list
     * makes each row's message as it is asked for, so selecting an early row of a million-message capture made a
     * million messages on the FX thread.
     */
    private int rowOfSelected(Message now) {
        if (now == null) {
            return -1;
        }
        MultipleSelectionModel<Message> model = list.getSelectionModel();
        if (model.getSelectedItem() == now && model.getSelectedIndex() >= 0) {
            return model.getSelectedIndex();
        }
        return rowOf(now, list.getItems());
    }

    /**
     * The row of this very message (messages equal in value may repeat: an echo), searched from the newest; a loaded
     * capture's list finds it without making a message of every row.
     */
    private static int rowOf(Message m, java.util.List<? extends Message> rows) {
        return IndexedMessages.rowOf(m, rows);
    }

    /**
     * Styles and lays out throwaway cells, one arrow of each kind, hidden in the list's place, in FX tasks of their own
     * (styles, then layout, then gone), once per view: when the window is up (and again, doing nothing, as a file starts
     * loading), so that the list's first cells
     * do not pay alone, in the pulse that first draws the conversation, for what a cell's first styling and layout
     * cost on a cold JVM (its skin's and its labels' classes, code run the first time; 51-90 ms of the FX thread in
     * that pulse).
     */
    public void warmCells() {
        if (warmed || getScene() == null) {
            return;
        }
        warmed = true;
        javafx.scene.layout.Pane shelf = new javafx.scene.layout.Pane();
        // styled as the list's own cells are: under a list of the timeline's class
        shelf.getStyleClass().addAll("list-view", "timeline-list");
        shelf.setManaged(false);
        shelf.setVisible(false);
        shelf.setMouseTransparent(true);
        for (ArrowKind kind : new ArrowKind[] {ArrowKind.HANDSHAKE, ArrowKind.DATA, ArrowKind.CONTROL}) {
            ArrowCell cell = (ArrowCell) list.getCellFactory().call(list);
            cell.drawStandIn(kind, list);
            shelf.getChildren().add(cell);
        }
        getChildren().add(shelf);
        shelf.applyCss();
        javafx.application.Platform.runLater(() -> {
            double rowPx = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 34;
            double width = Math.max(200, list.getWidth());
            for (javafx.scene.Node cell : shelf.getChildren()) {
                cell.resize(width, rowPx);
            }
            shelf.layout();
            javafx.application.Platform.runLater(() -> {
                getChildren().remove(shelf);
                shelf.getChildren().forEach(cell -> ((ArrowCell) cell).updateListView(null));
            });
        });
    }

    /** Shows a list of messages (a conversation, or the steps so far); follows it as it grows. */
    public void setMessages(ObservableList<Message> messages) {
        list.setItems(messages == null ? FXCollections.observableArrayList() : messages);
    }

    /**
     * Shows each message's time, in seconds since {@code origin} (the capture's first packet), right of the
     * server's lifeline; empty for none (a live connection, a dump without times).
     */
    public void setTimeOrigin(OptionalLong origin) {
        if (!origin.equals(timeOrigin)) {
            timeOrigin = origin;
            list.refresh();
        }
    }

    public ObservableList<Message> messages() {
        return list.getItems();
    }

    /** The selected message; settable, so the window can select from elsewhere (step mode, the session). */
    public ObjectProperty<Message> selectedProperty() {
        return selected;
    }

    /** The list itself, for focus and tests. */
    public ListView<Message> list() {
        return list;
    }

    /**
     * Scrolls just enough to show the row (ListView.scrollTo would put it at the top); again after the
     * next layout, when the row has just been added (a step) or the list's height is changing with it.
     */
    private void reveal(int index) {
        if (index < 0) {
            return;
        }
        scrollTo(index);
        javafx.application.Platform.runLater(() -> {
            list.layout();   // the flow knows a row just added, and its new height, only after a layout
            scrollTo(list.getSelectionModel().getSelectedIndex());
        });
    }

    private void scrollTo(int index) {
        wsinspector.ui.VirtualRows.reveal(list, index, list::scrollTo);
        snapToRows(index);
    }

    /**
     * Leaves no row shown in part at the top: a list scrolled between rows (it was taller, a step shrank it) shows
     * the top row's label cut, though the window gives it whole rows. The row to show is whole before and after:
     * at the top the cut row is shown whole, below it the cut row goes.
     */
    private void snapToRows(int index) {
        if (index < 0 || !(list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return;
        }
        javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
        double row = list.getFixedCellSize();
        if (first == null || row <= 0) {
            return;
        }
        double above = -first.getLayoutY();   // how much of the first row is above the view
        if (above > 0.5 && above < row - 0.5) {
            flow.scrollPixels(first.getIndex() == index ? -above : row - above);
        }
    }

    /** Keeps the names over the lifelines when a scroll bar takes width from the rows. */
    private void alignHeader(LifelineHeader header) {
        for (javafx.scene.Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                header.scrollBarWidthProperty().bind(javafx.beans.binding.Bindings.when(bar.visibleProperty())
                        .then(bar.widthProperty()).otherwise(0.0));
            }
        }
    }

    private void followTail() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            scrollTo(list.getItems().size() - 1);   // the newest at the bottom, not at the top over empty rows
        }
    }
}
