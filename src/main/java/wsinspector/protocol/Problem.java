package wsinspector.protocol;

import java.util.Objects;

/**
 * A broken rule, found at a byte of a stream.
 *
 * @param rule   the rule that was broken
 * @param offset the offset, in the stream being decoded, of the byte where it went wrong (-1 if it is not tied to one byte)
 * @param detail what exactly was seen, in English (e.g. "opcode 0x3"); may be empty
 */
public record Problem(Rule rule, long offset, String detail) {
    public Problem {
        Objects.requireNonNull(rule, "rule");
        detail = detail == null ? "" : detail;
    }

    /** "summary (section): detail", the form the command line prints and the JSON carries. */
    public String describe() {
        String base = rule.summary() + " (" + rule.section() + ")";
        return detail.isEmpty() ? base : base + ": " + detail;
    }
}
