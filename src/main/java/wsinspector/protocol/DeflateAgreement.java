package wsinspector.protocol;

import java.util.Locale;
import java.util.Map;

/**
 * A client's judgement of the server's permessage-deflate response to its one offer (RFC 7692 §7.1): what was agreed,
 * or why the response is illegal, in which case the client must fail the connection (RFC 7692 §7).
 *
 * @param parameters what both sides now use; null when the response is illegal
 * @param problem    the rule the response breaks ({@code deflate-answer.<what>} in the bundles); null when it is legal
 */
public record DeflateAgreement(DeflateParameters parameters, Phrase problem) {

    public boolean ok() {
        return problem == null;
    }

    /**
     * Judges the permessage-deflate element of a response against the offer that was sent.
     *
     * @param offer    what the client offered
     * @param response the element of the response's {@code Sec-WebSocket-Extensions} naming permessage-deflate
     */
    public static DeflateAgreement judge(DeflateOffer offer, ExtensionOffer response) {
        if (!response.repeated().isEmpty()) {
            return illegal("repeated", response.repeated().get(0));
        }
        boolean serverNct = false;
        boolean clientNct = false;
        int serverBits = DeflateOffer.ABSENT;
        int clientBits = DeflateOffer.ABSENT;
        for (Map.Entry<String, String> p : response.params().entrySet()) {
            String name = p.getKey().toLowerCase(Locale.ROOT);
            String value = p.getValue();
            switch (name) {
                case "server_no_context_takeover", "client_no_context_takeover" -> {
                    if (!value.isEmpty()) {
                        return illegal("flag-value", name, value);
                    }
                    serverNct |= name.startsWith("server");
                    clientNct |= name.startsWith("client");
                }
                case "server_max_window_bits", "client_max_window_bits" -> {
                    int bits = DeflateParameters.windowBits(value);
                    if (bits == DeflateParameters.INVALID_BITS) {
                        return value.isEmpty() ? illegal("bits-missing", name) : illegal("bits-invalid", name, value);
                    }
                    if (name.startsWith("server")) {
                        serverBits = bits;
                    } else {
                        clientBits = bits;
                    }
                }
                default -> {
                    return illegal("unknown", p.getKey());
                }
            }
        }
        DeflateAgreement broken = broken(offer, serverNct, serverBits, clientBits);
        if (broken != null) {
            return broken;
        }
        int clientLimit = clientBits != DeflateOffer.ABSENT ? clientBits
                : offer.clientMaxWindowBits() > 0 ? offer.clientMaxWindowBits() : DeflateParameters.MAX_WINDOW_BITS;
        return new DeflateAgreement(new DeflateParameters(serverNct, clientNct || offer.clientNoContextTakeover(),
                serverBits != DeflateOffer.ABSENT ? serverBits : DeflateParameters.MAX_WINDOW_BITS, clientLimit), null);
    }

    /** The rule of §7.1 the response's parameters break against the offer, null if none. */
    private static DeflateAgreement broken(DeflateOffer offer, boolean serverNct, int serverBits, int clientBits) {
        if (offer.serverNoContextTakeover() && !serverNct) {
            return illegal("server-no-context-takeover-missing");
        }
        if (offer.serverMaxWindowBits() != DeflateOffer.ABSENT) {
            if (serverBits == DeflateOffer.ABSENT) {
                return illegal("server-bits-missing", offer.serverMaxWindowBits());
            }
            if (serverBits > offer.serverMaxWindowBits()) {
                return illegal("server-bits-larger", serverBits, offer.serverMaxWindowBits());
            }
        }
        if (clientBits != DeflateOffer.ABSENT) {
            if (offer.clientMaxWindowBits() == DeflateOffer.ABSENT) {
                return illegal("client-bits-not-offered", clientBits);
            }
            if (offer.clientMaxWindowBits() > 0 && clientBits > offer.clientMaxWindowBits()) {
                return illegal("client-bits-larger", clientBits, offer.clientMaxWindowBits());
            }
        }
        return null;
    }

    private static DeflateAgreement illegal(String what, Object... args) {
        return new DeflateAgreement(null, Phrase.of("deflate-answer." + what, args));
    }
}
