package wsinspector.ui.inspect;

import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * Brings the inspector's parts on screen one FX task at a time the first time it shows a message: the hex,
 * then the field tree, the explanation, the tabs. Their first styling and layout (new skins, cells and texts
 * against the whole theme) cost the FX thread a few hundred milliseconds at once; each part's own share is
 * done in its own task ({@code applyCss} and {@code layout} of the window right after the part is attached),
 * so the window keeps drawing and answering between them, also while a big capture is being read. Later
 * messages find the parts in place; once styled, the parts come back at once after the pane was empty.
 */
final class FirstView {
    /** How many parts there are (hex, tree, explanation, tabs); attaching this many shows them all. */
    static final int ALL = 4;

    private final IntConsumer attach;
    private final Runnable whenWhole;
    private int attached = ALL;
    /** Counts reveals and stops, so that a step of a reveal given up does nothing. */
    private int generation;
    /** Whether the parts were ever all on screen: styled once, they come back at once (after an empty spell). */
    private boolean styled;

    /**
     * @param attach    puts the first n parts on screen
     * @param whenWhole runs once every part is on screen (the pane fits its dividers)
     */
    FirstView(IntConsumer attach, Runnable whenWhole) {
        this.attach = attach;
        this.whenWhole = whenWhole;
    }

    /**
     * Shows the parts in the FX tasks that follow, one each, styled and laid out within {@code root} before the
     * next is queued (the pulse between draws the timeline and the header); all at once when there is no window
     * yet ({@code root} null).
     */
    void reveal(Parent root) {
        int run = ++generation;
        if (root == null || styled) {
            attached = ALL;
            attach.accept(ALL);
            whenWhole.run();
            return;
        }
        attached = 0;
        attach.accept(attached);
        Platform.runLater(() -> next(root, run));
    }

    private void next(Parent root, int run) {
        if (run != generation || attached >= ALL) {
            return;
        }
        attach.accept(++attached);
        root.applyCss();
        root.layout();
        if (attached < ALL) {
            Platform.runLater(() -> next(root, run));
        } else {
            styled = true;
            whenWhole.run();
        }
    }

    /** Whether every part is on screen (no reveal under way). */
    boolean whole() {
        return attached >= ALL;
    }

    /** Every part on screen now (the tabs were enlarged, or there is no window to spare). */
    void finish() {
        generation++;
        boolean was = attached < ALL;
        attached = ALL;
        attach.accept(ALL);
        if (was) {
            whenWhole.run();
        }
    }

    /** The pane shows no message: a reveal under way stops where it is; the next message starts one anew. */
    void stop() {
        generation++;
    }
}
