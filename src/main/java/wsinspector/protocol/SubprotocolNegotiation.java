package wsinspector.protocol;

import java.util.List;
import java.util.Optional;

/**
 * The server's choice of a subprotocol (RFC 6455 §4.2.2 item 5.4, §11.3.4): the first one the
 * client offered (the client lists them by preference, §4.1 item 10) that the server supports.
 * Names are compared exactly: subprotocol names are case-sensitive.
 */
public final class SubprotocolNegotiation {

    private SubprotocolNegotiation() {
    }

    /** The chosen subprotocol, or empty when none matches (the response then omits the header field). */
    public static Optional<String> choose(List<String> offered, List<String> supported) {
        if (offered == null || supported == null) {
            return Optional.empty();
        }
        return offered.stream().filter(supported::contains).findFirst();
    }
}
