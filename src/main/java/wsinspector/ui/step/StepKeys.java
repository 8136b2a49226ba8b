package wsinspector.ui.step;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/** The keys of step mode, as a lecturer's clicker sends them: → PgDn Space next, ← PgUp back, Esc out. */
public final class StepKeys {
    private StepKeys() {
    }

    /** Handles a key pressed while step mode is on; a key typed into a text field is left to it. */
    public static void handle(KeyEvent e, StepMode steps, Runnable exit) {
        handle(e, steps::next, steps::back, exit);
    }

    /** The same keys for any walk through steps (a guided lesson's). */
    public static void handle(KeyEvent e, Runnable next, Runnable back, Runnable exit) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE -> next.run();
            case LEFT, PAGE_UP -> back.run();
            case ESCAPE -> exit.run();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
