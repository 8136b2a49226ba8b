package wsinspector.ui.window;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * A tooltip on screen over the window lets the window's keys through: it still hides on Esc, and Esc goes on to leave
 * step mode or live step mode (W9-18). A popup takes its owner window's keys before the window's scene does, and a
 * tooltip hid on Esc and consumed it: the lecturer clicked «Далее», the mouse rested on the button (or a chip of the
 * plan), its tooltip came up, and the first Esc only hid the tooltip. Menus and lists keep Esc to themselves.
 */
final class TooltipKeys {
    private static final String KEY = TooltipKeys.class.getName();

    private TooltipKeys() {
    }

    /** Every tooltip shown over {@code scene}'s window from now on lets Esc through. */
    static void install(Scene scene) {
        ListChangeListener<Window> shown = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Tooltip t && over(t, scene)) {
                        t.setConsumeAutoHidingEvents(false);
                    }
                }
            }
        };
        // the list is the application's: held weakly, the scene holds the listener (a closed window is not kept)
        scene.getProperties().put(KEY, shown);
        Window.getWindows().addListener(new WeakListChangeListener<>(shown));
    }

    private static boolean over(PopupWindow popup, Scene scene) {
        Window owner = popup.getOwnerWindow();
        while (owner instanceof PopupWindow p) {
            owner = p.getOwnerWindow();
        }
        return owner != null && owner == scene.getWindow();
    }
}
