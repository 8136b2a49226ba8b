package wsinspector.dissect;

/**
 * Bytes the dissector could not turn into a message.
 *
 * @param reasonKey bundle key of why ({@code undecoded.head-malformed}, {@code undecoded.header-incomplete}, …)
 * @param detail    English detail (where exactly, what was seen)
 */
public record UndecodedBytes(Direction direction, long offset, long timestampNanos, byte[] wire,
                             String reasonKey, String detail, Field root) implements Message {
    @Override
    public Kind kind() {
        return Kind.UNDECODED;
    }
}
