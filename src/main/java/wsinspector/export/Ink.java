package wsinspector.export;

import wsinspector.protocol.Rule;

/**
 * The colours of a handout, light theme only (it is printed or put on a slide): text, lines, the field
 * colours (a dark one for text and lines, a pale one for fills, in pairs), the sequence diagram's kinds of
 * message. Values as CSS and SVG write them.
 */
public enum Ink {
    TEXT("#1f2328"), MUTED("#59636e"), GRID("#d0d7de"), PANEL("#f6f8fa"), WHITE("#ffffff"),
    ACCENT("#0969da"), ERROR("#cf222e"), ERROR_BG("#ffebe9"), WARNING("#9a6700"),
    F0("#0550ae"), F0_BG("#ddf4ff"),
    F1("#953800"), F1_BG("#fff1e5"),
    F2("#116329"), F2_BG("#dafbe1"),
    F3("#6639ba"), F3_BG("#fbefff"),
    F4("#0a6b74"), F4_BG("#d8f5f5"),
    F5("#7d4e00"), F5_BG("#fff8c5"),
    HANDSHAKE("#8250df"), DATA("#0969da"), CONTROL("#bc4c00"), CLOSE("#cf222e"), LEGACY("#0a6b74"),
    OTHER("#6e7781");

    /**
     * The colour of a broken rule's weight, as the window draws it (ui's SeverityLook): an error red, a warning amber,
     * a remark blue; none the green of "no problems".
     */
    public static Ink of(Rule.Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> ACCENT;
        };
    }

    /** How many field colour pairs there are. */
    public static final int FIELD_COLOURS = 6;
    private static final Ink[] FIELD = {F0, F1, F2, F3, F4, F5};
    private static final Ink[] FIELD_BG = {F0_BG, F1_BG, F2_BG, F3_BG, F4_BG, F5_BG};

    private final String css;

    Ink(String css) {
        this.css = css;
    }

    /** {@code #rrggbb}. */
    public String css() {
        return css;
    }

    public int rgb() {
        return Integer.parseInt(css.substring(1), 16);
    }

    /** The dark colour of field colour {@code i} (cycling). */
    public static Ink field(int i) {
        return FIELD[Math.floorMod(i, FIELD_COLOURS)];
    }

    /** The pale colour of field colour {@code i} (cycling). */
    public static Ink fieldBackground(int i) {
        return FIELD_BG[Math.floorMod(i, FIELD_COLOURS)];
    }

    /** The pale twin of a dark field colour; itself for any other ink. */
    public Ink pale() {
        for (int i = 0; i < FIELD_COLOURS; i++) {
            if (FIELD[i] == this) {
                return FIELD_BG[i];
            }
        }
        return this == ERROR ? ERROR_BG : this;
    }
}
