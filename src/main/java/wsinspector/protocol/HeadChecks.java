package wsinspector.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one handshake head; the checks shared by request and response
 * (missing or repeated fields, line ends) live here so the two validators stay short.
 * Offsets given to it are within the head; it adds where the head starts in the stream.
 */
final class HeadChecks {
    final HttpHead head;
    private final long headOffset;
    private final List<Problem> problems = new ArrayList<>();

    HeadChecks(HttpHead head, long headOffset) {
        this.head = head;
        this.headOffset = headOffset;
    }

    /** Reports {@code rule} with its detail {@code detail.<rule id>} and these arguments. */
    void add(HandshakeRule rule, int offsetInHead, String field, Object... args) {
        problems.add(Problem.of(rule, headOffset + offsetInHead, field, args));
    }

    /** Reports {@code rule} with the detail variant {@code detail.<rule id>.<variant>} and these arguments. */
    void variant(HandshakeRule rule, String variant, int offsetInHead, String field, Object... args) {
        problems.add(Problem.variant(rule, variant, headOffset + offsetInHead, field, args));
    }

    /** Reports {@code rule} with a detail shared by several rules. */
    void add(HandshakeRule rule, int offsetInHead, String field, Phrase detail) {
        problems.add(new Problem(rule, headOffset + offsetInHead, field, detail));
    }

    /** The key of the field a header line is dissected as ({@code header.Sec-WebSocket-Key}). */
    static String headerField(String name) {
        return "header." + name;
    }

    /** Reports {@code rule} at the end of the head when the field {@code name} is absent; returns its first line. */
    HeaderLine required(String name, HandshakeRule rule) {
        List<HeaderLine> lines = head.lines(name);
        if (lines.isEmpty()) {
            problems.add(new Problem(rule, headOffset + head.endOffset(), null, Phrase.of("detail.header.absent", name)));
            return null;
        }
        return lines.get(0);
    }

    /** Reports {@code rule} at the second line of {@code name} when the field appears more than once. */
    void once(String name, HandshakeRule rule) {
        List<HeaderLine> lines = head.lines(name);
        if (lines.size() > 1) {
            problems.add(new Problem(rule, headOffset + lines.get(1).offset(), headerField(name),
                    Phrase.of("detail.header.repeated", name, lines.size())));
        }
    }

    /** Reports {@code rule} when the comma-separated field {@code name} lacks {@code token} (ignoring case). */
    void token(String name, String token, HandshakeRule rule) {
        HeaderLine line = required(name, rule);
        if (line != null && !head.hasToken(name, token)) {
            problems.add(new Problem(rule, headOffset + line.valueOffset(), headerField(name),
                    Phrase.of("detail.header.token", name, String.join(", ", head.all(name)), token)));
        }
    }

    void lineEnds() {
        if (head.bareLf()) {
            add(HandshakeRule.HEAD_BARE_LF, head.firstBareLfOffset(), null);
        }
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
