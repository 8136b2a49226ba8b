package wsinspector.export;

/**
 * A handout as one self-contained HTML file: the CSS inline, each drawing an inline SVG, tables as HTML
 * tables; nothing is loaded from anywhere, so it opens offline and prints as it shows.
 */
public final class HtmlWriter {
    private static final String CSS = """
            body { font-family: %s; color: #1f2328; background: #ffffff; margin: 2em auto; max-width: 1200px;
                   padding: 0 1.5em; line-height: 1.45; font-size: 16px; }
            h1 { font-size: 1.75em; margin: 0 0 .2em; }
            h2 { font-size: 1.25em; margin: 1.4em 0 .4em; }
            .subtitle { color: #59636e; margin: 0 0 1em; border-bottom: 1px solid #d0d7de; padding-bottom: .6em; }
            .mono, td.mono { font-family: %s; }
            figure { margin: .8em 0; }
            figure svg { max-width: 100%%; height: auto; }
            table { border-collapse: collapse; width: 100%%; margin: .6em 0; font-size: 15px; }
            th { background: #f6f8fa; text-align: left; }
            th, td { padding: .35em .5em; border-bottom: 1px solid #d0d7de; vertical-align: top; }
            td.mono { font-size: 14px; overflow-wrap: anywhere; }
            .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em;
                      vertical-align: -0.05em; }
            @media print { body { margin: 0; max-width: none; } }
            """.formatted(Fonts.SANS_CSS, Fonts.MONO_CSS);

    private HtmlWriter() {
    }

    public static String document(Handout handout) {
        String lang = handout.language().getLanguage().isEmpty() ? "en" : handout.language().getLanguage();
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(SvgWriter.escape(handout.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(SvgWriter.escape(handout.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(SvgWriter.escape(handout.subtitle())).append("</p>\n");
        for (Block b : handout.blocks()) {
            block(out, b, handout);
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder out, Block b, Handout handout) {
        if (b instanceof Block.Heading h) {
            out.append("<h2>").append(SvgWriter.escape(h.text())).append("</h2>\n");
        } else if (b instanceof Block.Paragraph p) {
            out.append(p.mono() ? "<p class=\"mono\">" : "<p>")
                    .append(SvgWriter.escape(p.text()).replace("\n", "<br>")).append("</p>\n");
        } else if (b instanceof Block.Drawing d) {
            out.append("<figure>\n")
                    .append(SvgWriter.svg(d.width(), d.height(), d.shapes(), handout.title(), false, handout.language()))
                    .append("</figure>\n");
        } else if (b instanceof Block.Table t) {
            table(out, t);
        }
    }

    private static void table(StringBuilder out, Block.Table t) {
        double total = t.columns().stream().mapToDouble(Block.Column::weight).sum();
        out.append("<table>\n<thead><tr>");
        for (Block.Column c : t.columns()) {
            out.append("<th style=\"width:").append(Math.round(100 * c.weight() / total)).append("%\">")
                    .append(SvgWriter.escape(c.title())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (var row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Block.Cell c = row.get(i);
                out.append(t.columns().get(i).mono() ? "<td class=\"mono\">" : "<td>");
                if (c.swatch() != null) {
                    out.append("<span class=\"swatch\" style=\"background:").append(c.swatch().css()).append("\"></span>");
                }
                String text = SvgWriter.escape(c.text()).replace("\n", "<br>");
                out.append(c.strong() ? "<strong>" + text + "</strong>" : text).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
