package wsinspector.ui;

import wsinspector.protocol.Problem;

/**
 * A broken rule as every pane of the window shows it: an error with ⚠, a warning or a remark with ℹ and its weight
 * named, so "no Origin: not a browser" does not read as a fault wherever it appears (inspector, step mode, builder).
 */
public final class Verdicts {
    private Verdicts() {
    }

    public static String marked(I18n i18n, Problem p) {
        String sentence = i18n.explanations().verdict(p);
        return p.severity().isRemark() ? "ℹ " + i18n.explanations().severity(p.severity()) + ": " + sentence
                : "⚠ " + sentence;
    }
}
