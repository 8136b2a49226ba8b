package wsinspector.ui.window;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a person in the back row would see wrong in a part of the window, found in its scene graph:
 * a label cut (its text shown with an ellipsis or not whole), a word broken over two lines (a wrapped
 * label narrower than its longest word), a control cut off at the side by the clip of a pane around it
 * (no ellipsis then, the text just stops), a pane that scrolls sideways; and the same upright: a label
 * lower than its lines need at its width, a text cut at the top or bottom by a pane that does not scroll
 * (a split pane's part too small for it), a pane of no height that holds something to see (a tab's
 * content squeezed to nothing). Must run on the FX thread.
 */
final class LayoutProblems {
    /** Style classes of scroll panes that must show what they hold whole. */
    private static final List<String> WHOLE = List.of("detail-scroll");

    private LayoutProblems() {
    }

    static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l, found);
        }
        if (node.getStyleClass().contains("arrow-cell") && node instanceof javafx.scene.control.Cell<?> c && !c.isEmpty()) {
            checkArrow(c, found);
        }
        if (node instanceof Text t && !(t.getParent() instanceof Labeled)) {
            checkText(t, found);
        }
        if (node instanceof javafx.scene.layout.Region r && squeezedToNothing(r)) {
            found.add("no height: " + describe(r) + " holds " + describe(firstShown(r)));
            return;
        }
        if (node instanceof javafx.scene.control.TextInputControl t) {
            checkPrompt(t, found);
            return;   // its skin's inner panes are its own business: the prompt and the field's size are what shows
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin() && bar.getMax() > bar.getMin()) {
            found.add("scrolls sideways: " + describe(bar.getParent()));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    /**
     * A timeline's arrow shown in part: its label over the arrow is what the back row reads, and the timeline is
     * given whole rows so that none is half shown at its top or bottom (a sliver of its padding aside: the split
     * panes place their dividers on whole pixels, the rows are fractions of a pixel tall).
     */
    private static void checkArrow(javafx.scene.control.Cell<?> c, List<String> found) {
        Bounds b = c.localToScene(c.getLayoutBounds());
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                top = Math.max(top, clip.getMinY());
                bottom = Math.min(bottom, clip.getMaxY());
            }
        }
        double shown = Math.min(bottom, b.getMaxY()) - Math.max(top, b.getMinY());
        double sliver = Math.max(3, 0.06 * b.getHeight());
        if (shown > sliver && shown < b.getHeight() - sliver) {
            found.add("arrow " + (c instanceof javafx.scene.control.IndexedCell<?> i ? i.getIndex() + 1 : "?")
                    + " shown in part: " + Math.round(shown) + " of " + Math.round(b.getHeight())
                    + " px (" + describe(c) + ")");
        }
    }

    /** An empty field's prompt (its hint) shows whole: the skin cuts it at the field's inner width. */
    private static void checkPrompt(javafx.scene.control.TextInputControl t, List<String> found) {
        String prompt = t.getPromptText();
        if (prompt == null || prompt.isBlank() || (t.getText() != null && !t.getText().isEmpty()) || t.getWidth() <= 0
                || !insideTheWindow(t)) {
            return;
        }
        double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
        if (t instanceof javafx.scene.control.TextArea area && area.isWrapText()
                && area.lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane inner
                && inner.getContent() instanceof javafx.scene.layout.Region content) {
            // a wrapping area wraps its prompt too: whole when its lines fit the area's height
            Text lines = new Text(prompt);
            lines.setFont(t.getFont());
            lines.setWrappingWidth(inner.getViewportBounds().getWidth() - content.snappedLeftInset() - content.snappedRightInset());
            double high = inner.getViewportBounds().getHeight() - content.snappedTopInset() - content.snappedBottomInset();
            if (lines.getLayoutBounds().getHeight() > high + 1) {
                found.add("prompt cut: \"" + prompt + "\" (" + Math.round(lines.getLayoutBounds().getHeight()) + " px high) in "
                        + Math.round(high) + " px (" + describe(t) + ")");
            }
            return;
        }
        double w = width(prompt, t.getFont());
        if (w > room + 1) {
            found.add("prompt cut: \"" + prompt + "\" (" + Math.round(w) + " px) in " + Math.round(room) + " px (" + describe(t) + ")");
        }
    }

    private static void check(Labeled l, List<String> found) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getWidth() <= 0 || !insideTheWindow(l)) {
            return;
        }
        String clipped = clippedSideways(l);
        if (clipped != null) {
            found.add("clipped: \"" + text + "\" " + clipped + " (" + describe(l) + ")");
            return;
        }
        String upright = clippedUpright(l, l.snappedTopInset(), l.getHeight() - l.snappedTopInset() - l.snappedBottomInset());
        if (upright != null) {
            found.add("clipped: \"" + text + "\" " + upright + " (" + describe(l) + ")");
            return;
        }
        double needs = l.prefHeight(l.getWidth());
        if (l.getHeight() < needs - 1 && !(l instanceof javafx.scene.control.Cell<?>)) {
            found.add("too low: \"" + text + "\" needs " + Math.round(needs) + " px, has " + Math.round(l.getHeight())
                    + " (" + describe(l) + ")");
            return;
        }
        Text shown = (Text) l.lookup(".text");
        if (shown != null && shown.getParent() == l && !normal(shown.getText()).equals(normal(text))) {
            found.add("cut: \"" + text + "\" shows as \"" + shown.getText() + "\" (" + describe(l) + ")");
            return;
        }
        if (l.isWrapText()) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset()
                    - (l.getGraphic() != null && l.getGraphic().isManaged() ? l.getGraphic().prefWidth(-1) + l.getGraphicTextGap() : 0);
            for (String word : text.split("[\\s\u200B\u200A]+")) {
                double w = width(word, l.getFont());
                if (w > room + 1) {
                    found.add("word broken: \"" + word + "\" (" + Math.round(w) + " px) in " + Math.round(room)
                            + " px of \"" + text + "\" (" + describe(l) + ")");
                    return;
                }
            }
        }
    }

    /**
     * Where the nearest clipping pane around {@code n} hides part of it sideways, or null. Only sideways:
     * below the fold of a scroll pane is a scroll away, and a pane that scrolls sideways is found apart.
     */
    private static String clippedSideways(Labeled n) {
        // its padding may go under the clip; its text and graphic may not
        Bounds b = n.localToScene(new javafx.geometry.BoundingBox(n.snappedLeftInset(), 0,
                n.getWidth() - n.snappedLeftInset() - n.snappedRightInset(), n.getHeight()));
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null) {
                continue;
            }
            Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
            if (b.getMinX() < clip.getMinX() - 1 || b.getMaxX() > clip.getMaxX() + 1) {
                return "spans x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + ", shown only in "
                        + Math.round(clip.getMinX()) + ".." + Math.round(clip.getMaxX()) + " by " + describe(p);
            }
            return null;
        }
        return null;
    }

    /** A text of a text flow (an explanation) wholly in view, unless it is a scroll away. */
    private static void checkText(Text t, List<String> found) {
        if (t.getText() == null || t.getText().isBlank() || !insideTheWindow(t)) {
            return;
        }
        Bounds local = t.getBoundsInLocal();
        String upright = clippedUpright(t, local.getMinY(), local.getHeight());
        if (upright != null) {
            found.add("clipped: \"" + t.getText() + "\" " + upright + " (" + describe(t) + ")");
        }
    }

    /**
     * Where the nearest clipping pane around {@code n} hides part of its band {@code top}..{@code top + height}
     * (in its own coordinates) at the top or bottom, or null; a pane that scrolls (a scroll pane, a list, a tree,
     * a text area) does not count: what lies below its fold is a scroll away.
     */
    private static String clippedUpright(Node n, double top, double height) {
        if (height <= 0) {
            return null;
        }
        Bounds b = n.localToScene(new javafx.geometry.BoundingBox(0, top, 1, height));
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null) {
                continue;
            }
            if (scrolls(p)) {
                return null;
            }
            Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
            if (b.getMinY() < clip.getMinY() - 1 || b.getMaxY() > clip.getMaxY() + 1) {
                return "spans y " + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY()) + ", shown only in "
                        + Math.round(clip.getMinY()) + ".." + Math.round(clip.getMaxY()) + " by " + describe(p);
            }
            return null;
        }
        return null;
    }

    /**
     * A clip that belongs to something that scrolls: a scroll pane's viewport, a virtual flow's (list, tree, code
     * area). Not the scroll panes that must show their content whole at the window's sizes (they scroll only when
     * zoomed far): the selected field's explanation.
     */
    private static boolean scrolls(Parent clipping) {
        for (Node p : java.util.Arrays.asList(clipping, clipping.getParent(), clipping.getParent() == null ? null
                : clipping.getParent().getParent())) {
            if (p != null && WHOLE.stream().anyMatch(p.getStyleClass()::contains)) {
                return false;
            }
        }
        for (Node p : java.util.Arrays.asList(clipping, clipping.getParent())) {
            if (p != null && (p instanceof javafx.scene.control.ScrollPane || p.getStyleClass().contains("viewport")
                    || p.getStyleClass().contains("clipped-container") || p instanceof javafx.scene.control.skin.VirtualFlow<?>
                    || p.getClass().getName().startsWith("org.fxmisc.flowless"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pane given no height, or one that cuts what it holds (it clips) and is lower than two lines of its type,
     * while it holds something to see: a tab's view squeezed to a sliver.
     */
    private static boolean squeezedToNothing(javafx.scene.layout.Region r) {
        if (r.getWidth() <= 0 || r instanceof javafx.scene.control.ScrollBar || firstShown(r) == null) {
            return false;
        }
        if (r.getHeight() < 2) {
            return true;
        }
        double lines = 2 * Font.getDefault().getSize() * 1.2;
        javafx.scene.text.Font font = r.lookup(".text") instanceof Text t ? t.getFont() : null;
        if (font != null) {
            lines = 2 * font.getSize() * 1.2;
        }
        return r.getClip() != null && r.getHeight() < lines && firstShown(r).prefHeight(r.getWidth()) > r.getHeight() + 1;
    }

    /** The first visible child that would take some height, or null. */
    private static Node firstShown(javafx.scene.layout.Region r) {
        for (Node c : r.getChildrenUnmodifiable()) {
            if (c.isVisible() && c.isManaged() && c.prefHeight(-1) >= 2) {
                return c;
            }
        }
        return null;
    }

    /** Ellipsis aside, a wrapped label's shown text is its text with line breaks where spaces were. */
    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean insideTheWindow(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        // below the fold of a scroll pane still counts: it is a scroll away
        return b.getMaxX() > 0 && b.getMinX() < n.getScene().getWidth();
    }

    private static double width(String word, Font font) {
        Text t = new Text(word);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null; p = p.getParent()) {
            String name = p.getId() != null ? "#" + p.getId()
                    : !p.getStyleClass().isEmpty() ? "." + p.getStyleClass().get(p.getStyleClass().size() - 1)
                    : p.getClass().getSimpleName();
            path.insert(0, name + (path.length() > 0 ? " > " : ""));
            if (p.getId() != null && p != n) {
                break;
            }
        }
        return path.toString();
    }
}
