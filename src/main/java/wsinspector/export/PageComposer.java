package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a handout out as one page for SVG and PNG: the title, then the blocks top to bottom at the page's
 * width, paragraphs and table cells wrapped by the fonts' real widths, so nothing runs over.
 */
public final class PageComposer {
    /** The page's width in CSS pixels: about a slide's width, and an A4 page's at print resolution. */
    public static final double WIDTH = 1200;
    public static final double MARGIN = 36;
    /** The width views lay their drawings out for. */
    public static final double CONTENT = WIDTH - 2 * MARGIN;

    static final TextStyle TITLE = TextStyle.plain(28).asBold();
    static final TextStyle SUBTITLE = TextStyle.plain(15).ink(Ink.MUTED);
    static final TextStyle HEADING = TextStyle.plain(20).asBold();
    static final TextStyle BODY = TextStyle.plain(16);
    static final TextStyle CELL = TextStyle.plain(15);
    private static final double CELL_PAD = 7;
    private static final double SWATCH = 13;

    private final List<Shape> shapes = new ArrayList<>();
    private double y = MARGIN;

    private PageComposer() {
    }

    public static Page compose(Handout handout) {
        PageComposer c = new PageComposer();
        c.lines(handout.title(), TITLE, 0);
        c.y += 2;
        c.lines(handout.subtitle(), SUBTITLE, 0);
        c.y += 8;
        c.shapes.add(new Shape.Line(MARGIN, c.y, WIDTH - MARGIN, c.y, Ink.GRID, 1, false, false));
        c.y += 6;
        for (Block b : handout.blocks()) {
            c.block(b);
        }
        return new Page(WIDTH, Math.ceil(c.y + MARGIN), c.shapes);
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            y += 18;
            lines(h.text(), HEADING, 0);
            y += 4;
        } else if (b instanceof Block.Paragraph p) {
            y += 6;
            lines(p.text(), p.mono() ? TextStyle.mono(15) : BODY, 0);
        } else if (b instanceof Block.Drawing d) {
            y += 10;
            for (Shape s : d.shapes()) {
                shapes.add(s.moved(MARGIN, y));
            }
            y += d.height();
        } else if (b instanceof Block.Table t) {
            y += 10;
            table(t);
        }
    }

    /** Wrapped lines at the left margin plus {@code indent}; moves y below them. */
    private void lines(String text, TextStyle style, double indent) {
        for (String line : Fonts.wrap(text, style, CONTENT - indent)) {
            y += style.lineHeight();
            shapes.add(new Shape.Text(MARGIN + indent, y - style.lineHeight() + style.size(), line, style));
        }
    }

    private void table(Block.Table t) {
        double total = t.columns().stream().mapToDouble(Block.Column::weight).sum();
        double[] x = new double[t.columns().size() + 1];
        x[0] = MARGIN;
        for (int i = 0; i < t.columns().size(); i++) {
            x[i + 1] = x[i] + CONTENT * t.columns().get(i).weight() / total;
        }
        List<Block.Cell> titles = t.columns().stream().map(c -> new Block.Cell(c.title(), null, true)).toList();
        row(t, titles, x, true);
        for (List<Block.Cell> r : t.rows()) {
            row(t, r, x, false);
        }
    }

    private void row(Block.Table t, List<Block.Cell> cells, double[] x, boolean header) {
        List<List<String>> wrapped = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            Block.Cell c = cells.get(i);
            List<String> lines = Fonts.wrap(c.text(), style(t, i, c, header), textWidth(x, i, c));
            wrapped.add(lines);
            most = Math.max(most, lines.size());
        }
        double height = most * CELL.lineHeight() + 2 * CELL_PAD;
        if (header) {
            shapes.add(new Shape.Rect(x[0], y, x[x.length - 1] - x[0], height, Ink.PANEL, null, 0));
        }
        for (int i = 0; i < cells.size(); i++) {
            Block.Cell c = cells.get(i);
            double left = x[i] + CELL_PAD;
            if (c.swatch() != null) {
                shapes.add(new Shape.Rect(left, y + CELL_PAD + (CELL.lineHeight() - SWATCH) / 2, SWATCH, SWATCH,
                        c.swatch(), null, 2));
                left += SWATCH + 6;
            }
            TextStyle style = style(t, i, c, header);
            double baseline = y + CELL_PAD + CELL.size();
            for (String line : wrapped.get(i)) {
                shapes.add(new Shape.Text(left, baseline, line, style));
                baseline += CELL.lineHeight();
            }
        }
        y += height;
        shapes.add(new Shape.Line(x[0], y, x[x.length - 1], y, Ink.GRID, 1, false, false));
    }

    private static double textWidth(double[] x, int i, Block.Cell c) {
        return x[i + 1] - x[i] - 2 * CELL_PAD - (c.swatch() != null ? SWATCH + 6 : 0);
    }

    private static TextStyle style(Block.Table t, int column, Block.Cell c, boolean header) {
        boolean mono = !header && t.columns().get(column).mono();
        TextStyle s = mono ? TextStyle.mono(CELL.size() - 1) : CELL;
        return c.strong() ? s.asBold() : s;
    }
}
