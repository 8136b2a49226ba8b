package wsinspector.protocol;

/**
 * Local limits a live endpoint sets on what a peer may send, beyond the message sizes of {@link FrameRule}: not rules
 * of the protocol (so each is a warning in a capture), but breaking one ends a live connection (RFC 6455 §10.4).
 */
public enum LimitRule implements Rule {
    /** A message split into more data frames than allowed: endless fragments would hold the connection for ever. */
    TOO_MANY_FRAGMENTS("too-many-fragments", "RFC 6455 §10.4");

    private final String id;
    private final String section;

    LimitRule(String id, String section) {
        this.id = id;
        this.section = section;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING; // a local limit, not a rule of the protocol
    }
}
