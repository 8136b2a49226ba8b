package wsinspector.export;

/**
 * How a text is drawn: size in CSS pixels, weight, proportional or monospaced, colour, and where its
 * x coordinate is (its start, middle or end).
 */
public record TextStyle(double size, boolean bold, boolean mono, Ink ink, Anchor anchor) {
    public enum Anchor { START, MIDDLE, END }

    public static TextStyle plain(double size) {
        return new TextStyle(size, false, false, Ink.TEXT, Anchor.START);
    }

    public static TextStyle mono(double size) {
        return new TextStyle(size, false, true, Ink.TEXT, Anchor.START);
    }

    public TextStyle asBold() {
        return new TextStyle(size, true, mono, ink, anchor);
    }

    public TextStyle ink(Ink colour) {
        return new TextStyle(size, bold, mono, colour, anchor);
    }

    public TextStyle centred() {
        return new TextStyle(size, bold, mono, ink, Anchor.MIDDLE);
    }

    public TextStyle endAligned() {
        return new TextStyle(size, bold, mono, ink, Anchor.END);
    }

    public TextStyle sized(double newSize) {
        return new TextStyle(newSize, bold, mono, ink, anchor);
    }

    /** The distance between two baselines of wrapped lines. */
    public double lineHeight() {
        return Math.ceil(size * 1.35);
    }
}
