package wsinspector.ui;

import javafx.scene.control.Control;

/**
 * Replacing what a list or tree shows without JavaFX's "index exceeds maxCellCount" warning. When the number
 * of rows changes, the virtual flow lays itself out at once, still holding the cells of the rows it showed; if
 * those were scrolled far down (row 40 of a field tree) in a short view (an inspector squeezed to 30 px), it
 * takes the row number for a count of pixels, finds it larger than the view, and blames the cells' sizes. The
 * cells are sized right: scrolling the old rows back to the top first leaves the flow holding only rows that fit.
 */
public final class VirtualRows {
    private VirtualRows() {
    }

    /**
     * Scrolls just enough to show the row, as a person would. Not ListView/TreeView.scrollTo: that puts the row
     * at the top, and a row near the end leaves empty rows below it, which the flow counts against its height.
     *
     * @param fallback scrolls the control's own way, before it has a skin
     */
    public static void reveal(Control control, int index, java.util.function.IntConsumer fallback) {
        if (index < 0) {
            return;
        }
        if (control.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            fallback.accept(index);
        }
    }

    /**
     * Runs {@code replace} (a new root, new items) after scrolling the control to its first row.
     *
     * @param scrollToTop scrolls the control to row 0 ({@code tree.scrollTo(0)}, {@code list.scrollTo(0)})
     */
    public static void replace(Control control, Runnable scrollToTop, Runnable replace) {
        if (control.getSkin() != null && control.getHeight() > 0) {
            scrollToTop.run();
            control.layout();   // the flow drops the far rows' cells now, not at the next pulse
        }
        replace.run();
    }
}
