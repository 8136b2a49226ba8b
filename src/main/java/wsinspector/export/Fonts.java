package wsinspector.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handouts' fonts, DejaVu Sans and DejaVu Sans Mono (they have Cyrillic), and how wide a text is in
 * them: the layout wraps and fits every text by these measures, the PNG is drawn with the same fonts,
 * and SVG and HTML name them first. Measuring needs no screen (Java2D works headless).
 */
public final class Fonts {
    public static final String SANS = "DejaVu Sans";
    public static final String MONO = "DejaVu Sans Mono";
    /** What SVG and HTML ask for, so that a viewer without DejaVu still gets a sans and a monospaced font. */
    public static final String SANS_CSS = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";
    public static final String MONO_CSS = "'DejaVu Sans Mono', Menlo, Consolas, monospace";

    /** Summed word widths ignore kerning across spaces; keep a little room for it. */
    private static final double SLACK = 0.985;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Map<TextStyle, Font> FONTS = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** The AWT font of a style (size in CSS pixels, which Java2D draws 1:1 at scale 1). */
    public static Font font(TextStyle style) {
        TextStyle key = new TextStyle(style.size(), style.bold(), style.mono(), Ink.TEXT, TextStyle.Anchor.START);
        return FONTS.computeIfAbsent(key, s -> new Font(s.mono() ? MONO : SANS, s.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) s.size()));
    }

    public static double width(String text, TextStyle style) {
        return text.isEmpty() ? 0 : font(style).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * The text broken into lines no wider than {@code max}: at spaces, and inside a word only when the word
     * alone is wider (a base64 value, a run of hex). Line breaks in the text are kept.
     */
    public static List<String> wrap(String text, TextStyle style, double max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, style, max, lines);
        }
        return lines;
    }

    /** Words measured once each, their widths summed with a space's: linear in the text, not quadratic. */
    private static void wrapParagraph(String paragraph, TextStyle style, double max, List<String> lines) {
        double space = width(" ", style);
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String word : paragraph.split(" ")) {
            double w = width(word, style);
            if (line.isEmpty() ? w <= max : used + space + w <= max * SLACK) {
                used += line.isEmpty() ? w : space + w;
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, style) > max && rest.length() > 1) {
                int fit = longestPrefix(rest, style, max);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
            used = width(rest, style);
        }
        lines.add(line.toString());
    }

    private static int longestPrefix(String word, TextStyle style, double max) {
        int n = 1;
        while (n < word.length() && width(word.substring(0, n + 1), style) <= max) {
            n++;
        }
        return n;
    }

    /** The largest size, from the style's down to {@code smallest}, at which the text fits the width. */
    public static TextStyle fit(String text, TextStyle style, double max, double smallest) {
        TextStyle s = style;
        while (s.size() > smallest && width(text, s) > max) {
            s = s.sized(s.size() - 0.5);
        }
        return s;
    }
}
