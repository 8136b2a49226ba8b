package wsinspector.legacy;

import java.util.Optional;
import java.util.function.Function;

/** The two pre-RFC drafts this package speaks. */
public enum LegacyVersion {
    /** draft-hixie-thewebsocketprotocol-75: no keys, no closing handshake. */
    HIXIE75,
    /** draft-hixie-thewebsocketprotocol-76 (= hybi-00): Key1/Key2/key3 and the MD5 response; ff 00 closes. */
    HIXIE76;

    /**
     * The draft a request speaks: draft 76 added the Sec-WebSocket-Key1/Key2 headers, so either one marks it.
     *
     * @param header looks a header up by name, case-insensitively
     */
    public static LegacyVersion ofRequest(Function<String, Optional<String>> header) {
        boolean keys = header.apply("Sec-WebSocket-Key1").isPresent() || header.apply("Sec-WebSocket-Key2").isPresent();
        return keys ? HIXIE76 : HIXIE75;
    }
}
