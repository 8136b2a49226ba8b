package wsinspector.protocol;

/**
 * A rule of a protocol specification that bytes can break. Implemented by the enums of rules
 * ({@code FrameRule}, {@code HandshakeRule}, {@code LegacyRule}, the dissector's {@code InferenceRule}), which share
 * one shape: a constant per rule with its section and severity, the id derived from the constant's name. The rule's
 * sentence is data, not code: the bundles hold it under {@code verdict.<id>} and what was seen under
 * {@code detail.<id>…}, in every language.
 */
public interface Rule {
    /** The enum constant's name, e.g. {@code CLIENT_FRAME_UNMASKED}. */
    String name();

    /**
     * Stable, lower-case, dash-separated id, e.g. {@code client-frame-unmasked}: the name, so the bundles' keys and
     * the JSON's rule ids cannot drift from the constants.
     */
    default String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Where the rule comes from, e.g. {@code RFC 6455 §5.1}. */
    String section();

    /** Whether breaking the rule fails the connection or is only worth a remark. */
    default Severity severity() {
        return Severity.ERROR;
    }

    /**
     * How much breaking a rule weighs. The command line and JSON write it in lower case.
     * ERROR: a MUST is broken and the peer must fail the connection. WARNING: a SHOULD, a local limit or a
     * capture that stops; the connection may go on. INFO: a remark, nothing is broken (no Origin: not a browser).
     */
    enum Severity {
        INFO, WARNING, ERROR;

        /** True for a remark (a warning or a note), which the window lists apart from the errors. */
        public boolean isRemark() {
            return this != ERROR;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
