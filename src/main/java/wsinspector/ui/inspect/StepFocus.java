package wsinspector.ui.inspect;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The inspector's side of a step (F5 step mode, live step mode, a guided lesson): the view the step on screen talks
 * about ({@link StepTab}), kept in front for every message that has it; whether its tabs stand alone for the step's part
 * to show whole (the hex, the tree and the explanation aside); and whether the step names the handshake's lines (they
 * show with the chosen line's meaning only). The height arithmetic for it is {@link InspectorFit}'s.
 */
final class StepFocus {
    private static final PseudoClass STEP_ALONE = PseudoClass.getPseudoClass("step-alone");
    private final TabPane tabs;
    /** Told when the least height may have changed (another view named, another line's meaning shown). */
    private final Runnable leastChanged;
    /** Told when the tabs come to stand alone, or stop. */
    private final Consumer<Boolean> aloneChanged;
    private final BooleanProperty linesOnly = new SimpleBooleanProperty(this, "linesOnly");
    private StepTab named;
    private boolean alone;

    StepFocus(TabPane tabs, Runnable leastChanged, Consumer<Boolean> aloneChanged) {
        this.tabs = tabs;
        this.leastChanged = leastChanged;
        this.aloneChanged = aloneChanged;
    }

    /** Names the view the step talks about (null: none), opens it, and has the height shared again. */
    void name(StepTab tab) {
        named = tab;
        linesOnly.set(StepTab.LINES.equals(tab));
        if (tab != null) {
            open(tab.id());
        }
        leastChanged.run();
    }

    /** Opens the view with this id if the message shown has it. */
    void open(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The view named, or null. */
    StepTab named() {
        return named;
    }

    /** Whether the tabs stand alone for the step's part. */
    boolean alone() {
        return alone;
    }

    void standAlone(boolean now) {
        if (now != alone) {
            alone = now;
            tabs.pseudoClassStateChanged(STEP_ALONE, now);
            aloneChanged.accept(now);
        }
    }

    /** Whether the step names the handshake's lines (see {@link StepTab#LINES}). */
    ObservableBooleanValue linesOnly() {
        return linesOnly;
    }

    /** Another field was chosen: with the lines named, its line's meaning shows and the one before folds. */
    void fieldChosen() {
        if (linesOnly.get()) {
            leastChanged.run();
        }
    }

    /**
     * The id of the view to put in front of a message's new tabs: the step's where it has it; where a step names a view
     * this message has not (a hixie-75 handshake at the old framing's step), the message's first view, not the one the
     * step before left open (its «Нарушения»); with no step, the one before.
     */
    String front(List<Tab> made, String before) {
        if (named == null) {
            return before;
        }
        return made.stream().anyMatch(t -> named.id().equals(t.getId())) || made.isEmpty() ? named.id()
                : made.get(0).getId();
    }
}
