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

    void add(HandshakeRule rule, int offsetInHead, String detail) {
        problems.add(new Problem(rule, headOffset + offsetInHead, detail));
    }

    /** Reports {@code rule} at the end of the head when the field {@code name} is absent; returns its first line. */
    HeaderLine required(String name, HandshakeRule rule) {
        List<HeaderLine> lines = head.lines(name);
        if (lines.isEmpty()) {
            add(rule, head.endOffset(), "no " + name + " header field");
            return null;
        }
        return lines.get(0);
    }

    /** Reports {@code rule} at the second line of {@code name} when the field appears more than once. */
    void once(String name, HandshakeRule rule) {
        List<HeaderLine> lines = head.lines(name);
        if (lines.size() > 1) {
            add(rule, lines.get(1).offset(), name + " appears " + lines.size() + " times");
        }
    }

    /** Reports {@code rule} when the comma-separated field {@code name} lacks {@code token} (ignoring case). */
    void token(String name, String token, HandshakeRule rule) {
        HeaderLine line = required(name, rule);
        if (line != null && !head.hasToken(name, token)) {
            add(rule, line.valueOffset(), name + ": " + String.join(", ", head.all(name)) + " has no token " + token);
        }
    }

    void lineEnds() {
        if (head.bareLf()) {
            add(HandshakeRule.HEAD_BARE_LF, head.firstBareLfOffset(), "a line ends with LF (0a) instead of CRLF (0d 0a)");
        }
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
