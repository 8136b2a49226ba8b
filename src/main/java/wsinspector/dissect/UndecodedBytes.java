package wsinspector.dissect;

import java.util.List;
import java.util.function.Supplier;

import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * Bytes the dissector could not turn into a message.
 *
 * @param reasonKey bundle key of why ({@code undecoded.head-malformed}, {@code undecoded.header-incomplete}, …)
 * @param detail    where exactly and what was seen, as a phrase made into a sentence where it is shown
 * @param problems  the rules the bytes break
 * @param tree      builds the field tree on first use and keeps it
 */
public record UndecodedBytes(Direction direction, long offset, long timestampNanos, byte[] wire,
                             String reasonKey, Phrase detail, List<Problem> problems, Supplier<Field> tree)
        implements Message {
    @Override
    public Field root() {
        return tree.get();
    }

    @Override
    public Kind kind() {
        return Kind.UNDECODED;
    }
}
