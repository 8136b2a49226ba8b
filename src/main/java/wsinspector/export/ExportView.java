package wsinspector.export;

import java.util.Locale;
import java.util.Optional;

/** What a handout shows. */
public enum ExportView {
    /** One frame: its header bit by bit, its bytes in field colours, its fields explained. */
    FRAME,
    /** The opening handshake: every header explained, the Sec-WebSocket-Accept computation step by step. */
    HANDSHAKE,
    /** A masked frame's payload byte by byte: wire ⊕ key = data. */
    MASKING,
    /** One data message in RFC 6455 framing and in the 2010 draft framing of the course notes. */
    COMPARISON,
    /** The whole conversation as a sequence diagram. */
    SEQUENCE;

    /** As the command line writes it: {@code frame}, {@code handshake}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportView> of(String code) {
        for (ExportView v : values()) {
            if (v.code().equalsIgnoreCase(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
