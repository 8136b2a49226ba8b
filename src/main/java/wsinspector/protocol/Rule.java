package wsinspector.protocol;

/**
 * A rule of a protocol specification that bytes can break. Implemented by the enums of rules
 * ({@code FrameRule}, {@code HandshakeRule}, {@code LegacyRule}); the id is also the key of the
 * rule's explanation ({@code verdict.<id>}) in the resource bundles.
 */
public interface Rule {
    /** Stable, lower-case, dash-separated id, e.g. {@code client-frame-unmasked}. */
    String id();

    /** Where the rule comes from, e.g. {@code RFC 6455 §5.1}. */
    String section();

    /** One English sentence stating the rule, used by the command line and the JSON output. */
    String summary();

    /** Whether breaking the rule is an error (the peer must fail the connection) or only a warning. */
    default Severity severity() {
        return Severity.ERROR;
    }

    enum Severity { INFO, WARNING, ERROR }
}
