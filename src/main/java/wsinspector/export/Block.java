package wsinspector.export;

import java.util.List;

/**
 * One part of a handout, top to bottom. The renderers place them: SVG and PNG draw everything, HTML
 * writes headings, paragraphs and tables as HTML and each drawing as an inline SVG.
 */
public sealed interface Block {

    /** A section title. */
    record Heading(String text) implements Block {
    }

    /** Text wrapped to the page's width; {@code mono} for bytes and formulas. */
    record Paragraph(String text, boolean mono) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /** A picture laid out by its view, at a fixed size. */
    record Drawing(double width, double height, List<Shape> shapes) implements Block {
        public Drawing {
            shapes = List.copyOf(shapes);
        }
    }

    /** Rows of wrapped text under column titles. */
    record Table(List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * @param weight its share of the table's width
     * @param mono   whether its cells are bytes or values (monospaced)
     */
    record Column(String title, double weight, boolean mono) {
    }

    /**
     * @param swatch a field colour shown before the text, or null
     * @param strong whether the text is bold
     */
    record Cell(String text, Ink swatch, boolean strong) {
        public static Cell of(String text) {
            return new Cell(text, null, false);
        }
    }
}
