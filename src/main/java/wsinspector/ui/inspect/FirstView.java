package wsinspector.ui.inspect;

import java.util.List;
import java.util.function.IntFunction;

import javafx.scene.Node;
import javafx.scene.Parent;
import wsinspector.ui.AfterPulse;

/**
 * Brings the inspector's parts on screen one FX task at a time the first time it shows a message, in the steps
 * {@link PartPlaces} lists (the hex's content, the hex, the tree, its rows, the explanation, the tabs, the view in
 * front of them). Their first styling and layout (new skins, cells and texts against the whole theme) cost the FX
 * thread a few hundred milliseconds at once; each step's share is done in two tasks of its own (the styles of what
 * it brought, then the layout of the window), so the window keeps drawing and answering between them, also while a
 * big capture is being read. Later messages find the parts in place; once styled, the parts
 * come back at once after the pane was empty.
 */
final class FirstView {
    /** How many steps there are; attaching this many shows every part whole. */
    private final int all;
    private final IntFunction<List<Node>> attach;
    private final Runnable whenWhole;
    private int attached;
    /**
     * Whether a reveal has begun and not yet said it is whole: its last step takes every part before its layout task
     * says so, and a {@link #finish} in between must say it instead (the lessons' waiters were never let go).
     */
    private boolean unsaid;
    /** Counts reveals and stops, so that a step of a reveal given up does nothing. */
    private int generation;
    /** Run (once) when a first view next begins: how a rehearsal under way stops (see {@link FirstViewRehearsal}). FX thread. */
    private static Runnable beforeReveal;

    /**
     * Whether a person's first view began or is near (a first view began while no rehearsal was set up to stop, or a file
     * is being opened): then no rehearsal starts any more. FX thread.
     */
    private static boolean revealedForAPerson;

    static boolean revealedForAPerson() {
        return revealedForAPerson;
    }

    /**
     * Stops a rehearsal under way now, and starts none later (a file is being opened: its first view is near; a
     * rehearsal waiting for the window to be up would otherwise begin during the reading). FX thread.
     */
    static void stopRehearsal() {
        revealedForAPerson = true;
        Runnable rehearsal = beforeReveal;
        beforeReveal = null;
        if (rehearsal != null) {
            rehearsal.run();
        }
    }

    /** {@code stop} runs when a first view next begins, before its first step; null forgets the one set. FX thread. */
    static void beforeNextReveal(Runnable stop) {
        beforeReveal = stop;
    }

    /** Whether the parts were ever all on screen: styled once, they come back at once (after an empty spell). */
    private boolean styled;

    /**
     * @param steps     how many steps the parts come in
     * @param attach    takes the first n steps (puts what they bring on screen), returns the nodes it put there
     * @param whenWhole runs once every part is on screen (the pane fits its dividers)
     */
    FirstView(int steps, IntFunction<List<Node>> attach, Runnable whenWhole) {
        this.all = steps;
        this.attached = steps;
        this.attach = attach;
        this.whenWhole = whenWhole;
    }

    /**
     * Takes the steps in the FX tasks that follow, one each, styled and laid out within {@code root} before the
     * next is queued; all at once when there is no window yet ({@code root} null). Each task waits for the pulse that
     * draws what the one before changed: a pulse that lays out new cells (the hex's rows: 40-60 ms of the FX thread on
     * a loaded machine) then never runs back to back with a step's styling, nor a step with another's.
     */
    void reveal(Parent root) {
        if (beforeReveal != null) {
            stopRehearsal();   // a first view for a person: the rehearsal's steps give it the FX thread
        } else {
            revealedForAPerson = true;   // a person's (or the rehearsal's own, which then starts no other)
        }
        int run = ++generation;
        if (root == null || styled) {
            attached = all;
            unsaid = false;
            attach.apply(all);
            whenWhole.run();
            return;
        }
        attached = 0;
        unsaid = true;
        attach.apply(attached);
        // after the pulse that draws the header and the parts' rooms (the message's selection brought them)
        AfterPulse.next(root.getScene(), () -> next(root, run));
    }

    /**
     * One step: what it brings put on screen and styled; its layout is the FX task after (on a cold JVM a step's styles
     * and its layout each took up to 80 ms of the FX thread's time, both in one task up to 120 ms).
     */
    private void next(Parent root, int run) {
        if (run != generation || attached >= all) {
            return;
        }
        List<Node> shown = attach.apply(++attached);
        // what this step brought, not the window: applyCss styles its node's whole subtree anew, the root's every node
        shown.forEach(Node::applyCss);
        AfterPulse.next(root.getScene(), () -> layOut(root, run));
    }

    /** Lays out what the step brought at its size in the window, then queues the next step (or says the parts are whole). */
    private void layOut(Parent root, int run) {
        if (run != generation) {
            return;
        }
        root.layout();
        if (attached < all) {
            AfterPulse.next(root.getScene(), () -> next(root, run));
        } else {
            styled = true;
            unsaid = false;
            whenWhole.run();
        }
    }

    /** How many steps are taken (all of them once the parts are whole). */
    int attached() {
        return attached;
    }

    /** Whether every part is on screen (no reveal under way). */
    boolean whole() {
        return attached >= all;
    }

    /** Every part on screen now (the tabs were enlarged, or there is no window to spare). */
    void finish() {
        generation++;
        boolean was = attached < all || unsaid;
        unsaid = false;
        attached = all;
        attach.apply(all);
        if (was) {
            whenWhole.run();
        }
    }

    /** The pane shows no message: a reveal under way stops where it is; the next message starts one anew. */
    void stop() {
        generation++;
        unsaid = false;   // the pane lets its waiters go itself: it shows nothing
    }
}
