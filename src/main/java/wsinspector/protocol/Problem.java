package wsinspector.protocol;

import java.util.Objects;

/**
 * A broken rule, found at a byte of a stream: data, not a sentence. Its sentence is made from the bundles in the
 * reader's language where it is shown ({@code Explanations.verdict}), and nothing downstream parses one.
 *
 * @param rule   the rule that was broken (its id keys the rule's sentence, {@code verdict.<id>})
 * @param offset the offset, in the stream being decoded, of the byte where it went wrong (-1 if it is not tied to one byte)
 * @param field  the key of the dissected field the problem concerns ({@code frame.rsv2}, {@code header.Origin}), or
 *               {@code null} when the byte at {@code offset} says it (a missing header has no field of its own)
 * @param detail what exactly was seen, as a phrase ({@code detail.<rule id>…} with its arguments), or {@code null}
 */
public record Problem(Rule rule, long offset, String field, Phrase detail) {
    public Problem {
        Objects.requireNonNull(rule, "rule");
    }

    /** A problem whose detail is {@code detail.<rule id>} with these arguments. */
    public static Problem of(Rule rule, long offset, String field, Object... args) {
        return new Problem(rule, offset, field, Phrase.of("detail." + rule.id(), args));
    }

    /** A problem whose detail is one of the rule's variants, {@code detail.<rule id>.<variant>}, with these arguments. */
    public static Problem variant(Rule rule, String variant, long offset, String field, Object... args) {
        return new Problem(rule, offset, field, Phrase.of("detail." + rule.id() + "." + variant, args));
    }

    /** Whether it fails the connection or is a remark; the rule's. */
    public Rule.Severity severity() {
        return rule.severity();
    }

    /** The same problem {@code by} bytes further in the stream (a problem tied to no byte stays so). */
    public Problem shifted(long by) {
        return offset < 0 || by == 0 ? this : new Problem(rule, offset + by, field, detail);
    }

    /** The same problem concerning another field. */
    public Problem concerning(String fieldKey) {
        return new Problem(rule, offset, fieldKey, detail);
    }
}
