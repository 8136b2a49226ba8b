package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
    /** Values longer than this are cut in the tree (a whole text would fill it); the explanation shows them whole. */
    static final int VALUE_LIMIT = 90;

    private final I18n i18n;
    private final TreeView<Field> tree = new TreeView<>();
    private final Map<Field, TreeItem<Field>> items = new IdentityHashMap<>();
    private Message message;
    private HexStyler styler;
    private ProblemPlaces places = ProblemPlaces.of(null);
    private boolean updating;
    /** The widest disclosure arrow measured on a branch row: the room the tree's skin leaves for it on every row. */
    private double widestArrow;
    /** What to show once the tree is back in the scene (null when it shows what it was given). */
    private Shown waiting;

    /** A message as given to {@link #show}, with the field to select in it. */
    private record Shown(Message message, HexStyler styler, ProblemPlaces places, Field selected) {
    }

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
        // the inspector shares its height again after a field is chosen (its explanation grows, a lesson's step
        // opens a tab): the chosen row, revealed at the old size, stays in view at the new one, not half under
        // the tree's bottom edge; a new width wraps the rows anew and moves it too
        tree.heightProperty().addListener((obs, old, now) -> revealSelectedLater());
        tree.widthProperty().addListener((obs, old, now) -> revealSelectedLater());
        tree.sceneProperty().addListener((obs, old, now) -> {
            if (now != null && waiting != null) {
                Shown s = waiting;
                waiting = null;
                show(s.message(), s.styler(), s.places(), s.selected());
            }
        });
    }

    /**
     * Whether the tree, once drawn, is out of the scene (a step's tabs stand alone in the inspector): a new root then
     * waits until it is back. Its virtual flow lays the new rows out at once, and cells made outside a scene get no
     * style and no skin: they measure 0 px high, so the flow made an empty cell for each pixel of its old height (200
     * of them each time) and logged "index exceeds maxCellCount".
     */
    private boolean outOfScene() {
        return tree.getSkin() != null && tree.getScene() == null;
    }

    private void revealSelectedLater() {
        if (tree.getSelectionModel().getSelectedItem() != null) {
            Platform.runLater(() -> {
                TreeItem<Field> chosen = tree.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    wsinspector.ui.VirtualRows.reveal(tree, tree.getRow(chosen), tree::scrollTo);
                }
            });
        }
    }

    Node node() {
        return tree;
    }

    TreeView<Field> tree() {
        return tree;
    }

    void show(Message m, HexStyler hexStyler, ProblemPlaces problemPlaces, Field selected) {
        if (outOfScene()) {
            waiting = new Shown(m, hexStyler, problemPlaces, selected);
            return;
        }
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
        if (waiting != null) {
            waiting = new Shown(waiting.message(), waiting.styler(), waiting.places(), field);
            return;
        }
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

    /**
     * A long value as the tree shows it: up to {@link #VALUE_LIMIT} characters, cut after its last whole word
     * when one ends in the limit's last quarter ("(KHTML, like …", not "(KHTML, l…"); a value without spaces
     * there (a key, a run of digits) is cut at the limit.
     */
    static String cut(String value) {
        if (value.length() <= VALUE_LIMIT) {
            return value;
        }
        int space = value.lastIndexOf(' ', VALUE_LIMIT);
        return space >= VALUE_LIMIT * 3 / 4 ? value.substring(0, space) + " …"
                : value.substring(0, VALUE_LIMIT) + "…";
    }

    /**
     * One row: the field's line as running text ({@link TextFlow}) that wraps at word boundaries within the tree's
     * width. A row never asks for more width than the tree has, so the tree does not scroll sideways on a long value,
     * at a large zoom or in the longer Russian names; it grows in height instead.
     */
    private final class FieldCell extends TreeCell<Field> {
        private final TextFlow line = new TextFlow();

        FieldCell() {
            line.getStyleClass().add("field-flow");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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

        @Override
        protected void updateItem(Field f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // the swatch is a glyph, not a box: an inline box's baseline is taken as its top before it is first laid
            // out, which gave a one-line row the height of two
            Text swatch = text("■", "field-swatch");
            if (styler != null) {
                styler.colourOf(f).ifPresent(swatch.getStyleClass()::add);
            }
            List<Node> parts = new ArrayList<>();
            parts.add(swatch);
            if (f.isBits() && message != null && f.length() > 0) {
                parts.add(text(" " + BitPicture.of(message.byteAt(f.offset()), f.bitOffset(), f.bitLength()) + " =",
                        "field-bits"));
            }
            if (isRoot(f)) {
                parts.add(text(" " + i18n.explanations().name(f), "field-name"));
            } else {
                boolean hasValue = !f.value().isBlank();
                parts.add(text(" " + i18n.explanations().name(f) + (hasValue ? ":" : ""), "field-name"));
                if (hasValue) {
                    parts.add(text(" " + cut(f.value()), "field-value"));
                }
                String meaning = i18n.explanations().meaning(f);
                if (meaning != null) {
                    parts.add(text(" (" + meaning + ")", "field-meaning"));
                }
            }
            if (!places.at(f).isEmpty()) { // one mark for the field, in its heaviest weight's sign and colour
                int n = places.at(f).size();
                SeverityLook look = SeverityLook.heaviest(places.at(f)).orElseThrow();
                Text mark = text(" " + (n == 1 ? look.mark() : look.mark() + " ×" + n), "field-problem");
                SeverityLook.apply(mark, look);
                parts.add(mark);
            }
            line.getChildren().setAll(parts);
            setGraphic(line);
            if (getTooltip() != null) {
                getTooltip().setText(line(f));
            }
        }

        /** As narrow as the tree allows: the virtual flow lays every row out at the tree's width, the line wraps. */
        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        /**
         * The line's height at the width it will get. The tree cell's own measure asks the graphic at the cell's
         * whole width, though it lays it out right of the row's indentation and disclosure arrow: a wrapped line
         * would lose its last line.
         */
        @Override
        protected double computePrefHeight(double width) {
            double least = super.computePrefHeight(width);
            if (getGraphic() != line || width < 0) {
                return least;
            }
            double room = Math.max(1, width - snappedLeftInset() - snappedRightInset() - indentation());
            return Math.max(least, snapSizeY(line.prefHeight(room)) + snappedTopInset() + snappedBottomInset());
        }

        /** What the cell's skin puts left of the line: the level's indentation and the disclosure arrow's room. */
        private double indentation() {
            TreeView<Field> view = getTreeView();
            TreeItem<Field> item = getTreeItem();
            if (view == null || item == null) {
                return 0;
            }
            int level = view.getTreeItemLevel(item) - (view.isShowRoot() ? 0 : 1);
            double indent = getSkin() instanceof TreeCellSkin<?> skin ? skin.getIndent() : DEFAULT_INDENT;
            Node arrow = getDisclosureNode();
            double arrowWidth = arrow == null ? 0 : arrow.prefWidth(-1);
            // the skin gives a branch its own arrow's room and a leaf the widest arrow's (at least 18 px); a leaf's
            // own arrow is out of the scene, unstyled, and measures 0
            if (!item.isLeaf()) {
                widestArrow = Math.max(widestArrow, arrowWidth);
                return indent * level + arrowWidth;
            }
            return indent * level + Math.max(LEAST_ARROW, widestArrow);
        }

        private static Text text(String text, String style) {
            Text t = new Text(text);
            t.getStyleClass().addAll("field-text", style);
            return t;
        }
    }

    /** TreeCellSkin's indentation per level and least room for the disclosure arrow, when no skin says otherwise. */
    private static final double DEFAULT_INDENT = 10;
    private static final double LEAST_ARROW = 18;
}
