package wsinspector.ui.inspect;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * The field tree: one line per field, in Wireshark's manner ({@code 1... .... = FIN: 1}), with the
 * field's colour from the hex view as a swatch, its localized name, value and meaning, and a
 * danger mark on fields where a rule was broken.
 */
final class FieldTree {
    /** Values longer than this are cut in the tree; the detail panel shows them whole. */
    static final int VALUE_LIMIT = 60;

    private final I18n i18n;
    private final TreeView<Field> tree = new TreeView<>();
    private final Map<Field, TreeItem<Field>> items = new IdentityHashMap<>();
    private Message message;
    private HexStyler styler;
    private ProblemPlaces places = ProblemPlaces.of(null);
    private boolean updating;

    FieldTree(I18n i18n, Consumer<Field> onSelect) {
        this.i18n = i18n;
        tree.getStyleClass().add("field-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new FieldCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                onSelect.accept(now.getValue());
            }
        });
    }

    Node node() {
        return tree;
    }

    TreeView<Field> tree() {
        return tree;
    }

    void show(Message m, HexStyler hexStyler, ProblemPlaces problemPlaces, Field selected) {
        // the old rows scroll to the top while they still have their message, then the new one comes in
        wsinspector.ui.VirtualRows.replace(tree, () -> tree.scrollTo(0), () -> {
            message = m;
            places = problemPlaces;
            styler = hexStyler;
            items.clear();
            updating = true;
            try {
                tree.setRoot(m == null ? null : item(m.root()));
            } finally {
                updating = false;
            }
        });
        select(selected);
    }

    private TreeItem<Field> item(Field f) {
        TreeItem<Field> item = new TreeItem<>(f);
        items.put(f, item);
        item.setExpanded(true);
        f.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    void select(Field field) {
        TreeItem<Field> item = field == null ? null : items.get(field);
        updating = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                wsinspector.ui.VirtualRows.reveal(tree, row, tree::scrollTo);
            }
        } finally {
            updating = false;
        }
    }

    /** Rebuilds the texts after a language switch. */
    void relabel() {
        tree.refresh();
    }

    /** The text of one tree line, without the colour swatch (also what tests read). */
    String line(Field f) {
        StringBuilder sb = new StringBuilder();
        if (f.isBits() && message != null && f.length() > 0) {
            sb.append(BitPicture.of(message.byteAt(f.offset()), f.bitOffset(), f.bitLength())).append(" = ");
        }
        sb.append(i18n.explanations().name(f));
        if (isRoot(f)) {
            return sb.toString();
        }
        sb.append(": ").append(cut(f.value()));
        String meaning = i18n.explanations().meaning(f);
        if (meaning != null) {
            sb.append(" (").append(meaning).append(')');
        }
        return sb.toString();
    }

    /** The root's line is only its name: the summary already sits in the inspector's header line. */
    private boolean isRoot(Field f) {
        return message != null && f == message.root();
    }

    static String cut(String value) {
        return value.length() <= VALUE_LIMIT ? value : value.substring(0, VALUE_LIMIT) + "…";
    }

    private final class FieldCell extends TreeCell<Field> {
        @Override
        protected void updateItem(Field f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().add("swatch");
            if (styler != null) {
                styler.colourOf(f).ifPresent(swatch.getStyleClass()::add);
            }
            HBox box = new HBox(swatch);
            box.getStyleClass().add("field-line");
            if (f.isBits() && message != null && f.length() > 0) {
                box.getChildren().add(styled(BitPicture.of(message.byteAt(f.offset()), f.bitOffset(), f.bitLength())
                        + " =", "field-bits"));
            }
            if (isRoot(f)) {
                box.getChildren().add(styled(i18n.explanations().name(f), "field-name"));
            } else {
                boolean hasValue = !f.value().isBlank();
                box.getChildren().add(styled(i18n.explanations().name(f) + (hasValue ? ":" : ""), "field-name"));
                if (hasValue) {
                    box.getChildren().add(styled(cut(f.value()), "field-value"));
                }
                String meaning = i18n.explanations().meaning(f);
                if (meaning != null) {
                    box.getChildren().add(styled("(" + meaning + ")", "field-meaning"));
                }
            }
            if (!places.at(f).isEmpty()) { // one mark for the field, in its heaviest weight's sign and colour
                int n = places.at(f).size();
                SeverityLook look = SeverityLook.heaviest(places.at(f)).orElseThrow();
                Node mark = styled(n == 1 ? look.mark() : look.mark() + " ×" + n, "field-problem");
                SeverityLook.apply(mark, look);
                box.getChildren().add(mark);
            }
            setGraphic(box);
            if (getTooltip() != null) {
                getTooltip().setText(line(f));
            }
        }

        FieldCell() {
            // a line wider than the column is read whole in the tooltip (and in the explanation below); made when
            // the pointer first comes, not with the cell: a tooltip is a window of its own, a tree's first rows
            // would make a score of them before the tree is first drawn
            setOnMouseEntered(e -> {
                if (getTooltip() == null && getItem() != null && !isEmpty()) {
                    Tooltip tip = new Tooltip(line(getItem()));
                    tip.getStyleClass().add("field-tooltip");
                    tip.setWrapText(true);
                    tip.setMaxWidth(900);
                    setTooltip(tip);
                }
            });
        }

        private Label styled(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().add(style);
            l.setMinWidth(Region.USE_PREF_SIZE);
            return l;
        }
    }
}
