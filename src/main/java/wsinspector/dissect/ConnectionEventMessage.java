package wsinspector.dissect;

/**
 * A TCP connection's SYN, FIN or RST, as a capture shows it: a moment of the timeline without
 * WebSocket bytes.
 *
 * @param offset the stream offset of the direction when it happened
 */
public record ConnectionEventMessage(Direction direction, long offset, long timestampNanos, ConnectionEvent event,
                                     Field root) implements Message {
    private static final byte[] NONE = new byte[0];

    static ConnectionEventMessage of(Direction direction, long offset, long timestampNanos, ConnectionEvent event) {
        // the value a person reads (the explanation's headline, listings): the flags' names, not the JSON code "fin" (W7-11)
        Field root = new FieldBuilder("connection", offset, 0).value(event.flags()).meaning("event." + event.code())
                .build();
        return new ConnectionEventMessage(direction, offset, timestampNanos, event, root);
    }

    @Override
    public Kind kind() {
        return Kind.CONNECTION;
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
