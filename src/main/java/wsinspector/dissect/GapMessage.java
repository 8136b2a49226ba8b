package wsinspector.dissect;

/**
 * Bytes of a direction that the capture does not hold (a segment it dropped, a snap length that cut a
 * packet): shown as a gap of so many bytes at a stream offset, never as invented bytes.
 *
 * @param offset      stream offset of the first missing byte
 * @param missingBytes how many bytes are missing
 */
public record GapMessage(Direction direction, long offset, long timestampNanos, long missingBytes, Field root)
        implements Message {
    private static final byte[] NONE = new byte[0];

    static GapMessage of(Direction direction, long offset, long timestampNanos, long missingBytes) {
        Field root = new FieldBuilder("gap", offset, 0).value(Long.toString(missingBytes)).build();
        return new GapMessage(direction, offset, timestampNanos, missingBytes, root);
    }

    @Override
    public Kind kind() {
        return Kind.GAP;
    }

    @Override
    public byte[] wire() {
        return NONE;
    }

    /** Breaks no rule of the protocol: what the capture lost, or what TCP did, is no WebSocket error. */
    @Override
    public java.util.List<wsinspector.protocol.Problem> problems() {
        return java.util.List.of();
    }
}
