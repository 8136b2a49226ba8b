package wsinspector.export;

/** What a drawing is made of, in CSS pixels from the drawing's top left corner. */
public sealed interface Shape {

    /** The same shape moved by (dx, dy). */
    Shape moved(double dx, double dy);

    /**
     * A rectangle.
     *
     * @param fill   its inside, or null for none
     * @param stroke its border, or null for none
     */
    record Rect(double x, double y, double width, double height, Ink fill, Ink stroke, double radius) implements Shape {
        @Override
        public Shape moved(double dx, double dy) {
            return new Rect(x + dx, y + dy, width, height, fill, stroke, radius);
        }
    }

    /** A straight line, dashed or not, with an arrow head at its end or not. */
    record Line(double x1, double y1, double x2, double y2, Ink ink, double width, boolean dashed, boolean arrow)
            implements Shape {
        @Override
        public Shape moved(double dx, double dy) {
            return new Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, ink, width, dashed, arrow);
        }
    }

    /** One line of text; {@code y} is its baseline. */
    record Text(double x, double y, String text, TextStyle style) implements Shape {
        @Override
        public Shape moved(double dx, double dy) {
            return new Text(x + dx, y + dy, text, style);
        }
    }
}
