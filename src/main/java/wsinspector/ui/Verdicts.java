package wsinspector.ui;

import wsinspector.protocol.Problem;

/**
 * A broken rule as every pane of the window shows it: its weight's mark ({@link SeverityLook}), and for a warning or
 * a remark the weight named, so "no Origin: not a browser" does not read as a fault wherever it appears (inspector,
 * step mode, builder).
 */
public final class Verdicts {
    private Verdicts() {
    }

    public static String marked(I18n i18n, Problem p) {
        SeverityLook look = SeverityLook.of(p);
        return look.mark() + " " + (look == SeverityLook.ERROR ? i18n.explanations().verdict(p)
                : i18n.explanations().weighed(p));
    }
}
