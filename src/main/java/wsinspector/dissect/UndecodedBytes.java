package wsinspector.dissect;

import wsinspector.protocol.Phrase;

/**
 * Bytes the dissector could not turn into a message.
 *
 * @param reasonKey bundle key of why ({@code undecoded.head-malformed}, {@code undecoded.header-incomplete}, …)
 * @param detail    where exactly and what was seen, as a phrase made into a sentence where it is shown
 */
public record UndecodedBytes(Direction direction, long offset, long timestampNanos, byte[] wire,
                             String reasonKey, Phrase detail, Field root) implements Message {
    @Override
    public Kind kind() {
        return Kind.UNDECODED;
    }
}
