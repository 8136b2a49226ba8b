package wsinspector.net;

import java.util.List;
import java.util.stream.Collectors;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * Problems as the bytes a peer receives: a 400 answer's body, the log, a client's close frame. A peer reads them in
 * no particular language, so they are English, made from the same bundles as every other sentence:
 * {@code rule-id (section): detail}. The echo server's close frames and refusals speak its runner's language ({@link PeerWords}).
 */
final class WireText {
    private static final Explanations ENGLISH = Explanations.forLanguage("en");

    private WireText() {
    }

    static String of(Problem p) {
        return of(p, ENGLISH);
    }

    /** {@code rule-id (section): detail}, the detail in {@code words}' language (what the echo server tells a peer: {@link PeerWords}). */
    static String of(Problem p, Explanations words) {
        String detail = words.detail(p);
        String base = p.rule().id() + " (" + p.rule().section() + ")";
        return detail.isEmpty() ? base : base + ": " + detail;
    }

    /**
     * {@code section: detail} in {@code words}' language, for a reader rather than a program: the echo server's close
     * reasons and refusals when its runner reads Russian, where an English rule id would lead a Russian sentence.
     */
    static String forReader(Problem p, Explanations words) {
        String detail = words.detail(p);
        return detail.isEmpty() ? p.rule().section() : p.rule().section() + ": " + detail;
    }

    static String of(Phrase phrase) {
        return ENGLISH.phrase(phrase);
    }

    static String of(List<Problem> problems) {
        return problems.stream().map(WireText::of).collect(Collectors.joining("; "));
    }
}
