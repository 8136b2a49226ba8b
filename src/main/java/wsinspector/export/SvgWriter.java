package wsinspector.export;

import java.util.List;
import java.util.Locale;

/**
 * Shapes as SVG: every text stays a {@code <text>} element (searchable, selectable, translatable by a
 * screen reader), fonts named as CSS families, colours as {@code #rrggbb}.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    /** A standalone SVG document of a page. */
    public static String document(Page page, Handout handout) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg(page.width(), page.height(), page.shapes(), handout.title(), true, handout.language());
    }

    /**
     * One {@code <svg>} element.
     *
     * @param namespace whether to declare the SVG namespace (a standalone file must; HTML needs none)
     */
    static String svg(double width, double height, List<Shape> shapes, String title, boolean namespace, Locale lang) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<svg").append(namespace ? " xmlns=\"http://www.w3.org/2000/svg\"" : "")
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" xml:lang=\"").append(lang.getLanguage().isEmpty() ? "en" : lang.getLanguage())
                .append("\" font-family=\"").append(escape(Fonts.SANS_CSS)).append("\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" fill=\"#ffffff\"/>\n");
        for (Shape s : shapes) {
            shape(out, s);
        }
        return out.append("</svg>\n").toString();
    }

    private static void shape(StringBuilder out, Shape s) {
        if (s instanceof Shape.Rect r) {
            out.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                    .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
                    .append("\" rx=\"").append(n(r.radius()))
                    .append("\" fill=\"").append(r.fill() == null ? "none" : r.fill().css()).append('"');
            if (r.stroke() != null) {
                out.append(" stroke=\"").append(r.stroke().css()).append("\" stroke-width=\"1\"");
            }
            out.append("/>\n");
        } else if (s instanceof Shape.Line l) {
            out.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                    .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2()))
                    .append("\" stroke=\"").append(l.ink().css()).append("\" stroke-width=\"").append(n(l.width()))
                    .append('"').append(l.dashed() ? " stroke-dasharray=\"6 5\"" : "").append("/>\n");
            if (l.arrow()) {
                double[] p = ArrowHead.points(l);
                out.append("<polygon points=\"").append(n(p[0])).append(',').append(n(p[1])).append(' ')
                        .append(n(p[2])).append(',').append(n(p[3])).append(' ').append(n(p[4])).append(',')
                        .append(n(p[5])).append("\" fill=\"").append(l.ink().css()).append("\"/>\n");
            }
        } else if (s instanceof Shape.Text t) {
            TextStyle st = t.style();
            out.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                    .append("\" font-size=\"").append(n(st.size())).append('"')
                    .append(st.mono() ? " font-family=\"" + escape(Fonts.MONO_CSS) + "\"" : "")
                    .append(st.bold() ? " font-weight=\"bold\"" : "")
                    .append(" fill=\"").append(st.ink().css()).append('"')
                    .append(st.anchor() == TextStyle.Anchor.MIDDLE ? " text-anchor=\"middle\""
                            : st.anchor() == TextStyle.Anchor.END ? " text-anchor=\"end\"" : "")
                    .append(" xml:space=\"preserve\">").append(escape(t.text())).append("</text>\n");
        }
    }

    /** A number as SVG writes it: at most two decimals, a dot, no exponent. */
    static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }

    /** Text and attribute values with the XML specials escaped, and characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n') {
                        sb.appendCodePoint(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        });
        return sb.toString();
    }
}
