package wsinspector.protocol;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One permessage-deflate offer of a client (RFC 7692 §5, §7.1), read strictly: RFC 7692 §7 has a server decline
 * an offer with an unknown or repeated parameter or an invalid value, so such an offer is no offer at all here.
 *
 * @param serverNoContextTakeover the client asks the server to reset its window after each message (§7.1.1.1)
 * @param clientNoContextTakeover the client says it will reset its own window after each message (§7.1.1.2)
 * @param serverMaxWindowBits     the largest window the server may compress with, 8-15; {@link #ABSENT} if not asked
 *                                (§7.1.2.1)
 * @param clientMaxWindowBits     {@link #ABSENT} when the parameter is not offered (the server must not send it
 *                                back), {@link #NO_VALUE} when it is offered without a value (the client accepts
 *                                any limit), else 8-15: the client will compress with a window no larger (§7.1.2.2)
 */
public record DeflateOffer(boolean serverNoContextTakeover, boolean clientNoContextTakeover,
                           int serverMaxWindowBits, int clientMaxWindowBits) {

    /** The parameter is not in the offer. */
    public static final int ABSENT = 0;
    /** {@code client_max_window_bits} is in the offer without a value. */
    public static final int NO_VALUE = -1;
    /** {@code permessage-deflate} with no parameter. */
    public static final DeflateOffer PLAIN = new DeflateOffer(false, false, ABSENT, ABSENT);

    public DeflateOffer {
        if (serverMaxWindowBits != ABSENT && !DeflateParameters.validBits(serverMaxWindowBits)) {
            throw new IllegalArgumentException("server_max_window_bits must be 8-15: " + serverMaxWindowBits);
        }
        if (clientMaxWindowBits != ABSENT && clientMaxWindowBits != NO_VALUE
                && !DeflateParameters.validBits(clientMaxWindowBits)) {
            throw new IllegalArgumentException("client_max_window_bits must be 8-15: " + clientMaxWindowBits);
        }
    }

    /**
     * The offer in one extension of a {@code Sec-WebSocket-Extensions} request header; empty when it is not
     * permessage-deflate or is invalid (unknown or repeated parameter, a value where none is allowed or none where
     * one is required, window bits not a decimal 8-15 without leading zeros).
     */
    public static Optional<DeflateOffer> from(ExtensionOffer extension) {
        if (!extension.name().equalsIgnoreCase(DeflateParameters.EXTENSION_NAME) || !extension.repeated().isEmpty()) {
            return Optional.empty();
        }
        boolean serverNct = false;
        boolean clientNct = false;
        int serverBits = ABSENT;
        int clientBits = ABSENT;
        for (Map.Entry<String, String> p : extension.params().entrySet()) {
            String value = p.getValue();
            switch (p.getKey().toLowerCase(Locale.ROOT)) {
                case "server_no_context_takeover" -> serverNct = true;
                case "client_no_context_takeover" -> clientNct = true;
                case "server_max_window_bits" -> serverBits = DeflateParameters.windowBits(value);
                case "client_max_window_bits" -> clientBits = value.isEmpty() ? NO_VALUE : DeflateParameters.windowBits(value);
                default -> {
                    return Optional.empty();
                }
            }
            boolean flag = p.getKey().toLowerCase(Locale.ROOT).endsWith("_no_context_takeover");
            boolean badBits = serverBits == DeflateParameters.INVALID_BITS || clientBits == DeflateParameters.INVALID_BITS;
            if (flag && !value.isEmpty() || badBits) {
                return Optional.empty();
            }
        }
        return Optional.of(new DeflateOffer(serverNct, clientNct, serverBits, clientBits));
    }

    /** The offer as written in the request header, parameters in the order of RFC 7692 §7.1. */
    public String toHeaderValue() {
        StringBuilder s = new StringBuilder(DeflateParameters.EXTENSION_NAME);
        if (serverNoContextTakeover) {
            s.append("; server_no_context_takeover");
        }
        if (clientNoContextTakeover) {
            s.append("; client_no_context_takeover");
        }
        if (serverMaxWindowBits != ABSENT) {
            s.append("; server_max_window_bits=").append(serverMaxWindowBits);
        }
        if (clientMaxWindowBits == NO_VALUE) {
            s.append("; client_max_window_bits");
        } else if (clientMaxWindowBits != ABSENT) {
            s.append("; client_max_window_bits=").append(clientMaxWindowBits);
        }
        return s.toString();
    }
}
