package wsinspector.ui.window;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The window's font size, from 12 px (a laptop) to 36 px (the back row of a lecture hall). Every
 * size in app.css is in em, so the whole window scales with the root font size.
 */
public final class Zoom {
    public static final int MIN = 12;
    public static final int MAX = 36;
    public static final int DEFAULT = 16;
    public static final int STEP = 2;
    /** Projector mode's least font size on an 800 px high window (it grows with the height). */
    public static final int PROJECTOR_MIN = 24;

    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size", DEFAULT);
    /** The type the window opens with and Ctrl+0 goes back to: the default, or larger on a larger screen. */
    private int base = DEFAULT;

    /** Opens at {@code px} (the screen's type, see {@link WindowSize}); Ctrl+0 returns to it, the steps go from it. */
    public void setBase(int px) {
        base = Math.max(MIN, Math.min(MAX, px));
        set(base);
    }

    public int base() {
        return base;
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public int size() {
        return size.get();
    }

    public void zoomIn() {
        set(size.get() + STEP);
    }

    public void zoomOut() {
        set(size.get() - STEP);
    }

    public void reset() {
        set(base);
    }

    public void set(int px) {
        size.set(Math.max(MIN, Math.min(MAX, px)));
    }

    /**
     * The window's type: the zoom's, or in projector mode 24 px on an 800 px high window and more on a
     * taller one, never below the zoom.
     */
    int windowSize(boolean projector, double windowHeight, double defaultHeight) {
        if (!projector) {
            return size();
        }
        double h = windowHeight > 0 ? windowHeight : defaultHeight;
        return Math.max(size(), (int) Math.max(PROJECTOR_MIN, Math.round(PROJECTOR_MIN * h / defaultHeight)));
    }

    /** The style of the scene's root for this size. */
    public String rootStyle() {
        return rootStyle(size.get());
    }

    /** The style of the scene's root for a font size in px. */
    public static String rootStyle(int px) {
        return "-fx-font-size: " + px + "px;";
    }
}
