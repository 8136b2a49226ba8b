package wsinspector.ui.window;

import javafx.beans.property.BooleanProperty;

/**
 * What the menus and the keys ask of the window, so they need not know how it is built. The modes
 * (step mode, the live stepper, the frame builder, the layout switches) are the {@link WindowModel}'s.
 */
public interface WindowCommands {
    void openWithChooser();

    void saveWithChooser();

    void quit();

    void zoomIn();

    void zoomOut();

    void zoomReset();

    /** The dark theme, on or off. */
    BooleanProperty darkProperty();

    void showShortcuts();

    void showAbout();
}
