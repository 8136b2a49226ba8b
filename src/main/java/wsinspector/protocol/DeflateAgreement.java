package wsinspector.protocol;

import java.util.Locale;
import java.util.Map;

/**
 * A client's judgement of the server's permessage-deflate response to its one offer (RFC 7692 §7.1): what was agreed,
 * or why the response is illegal, in which case the client must fail the connection (RFC 7692 §7).
 *
 * @param parameters what both sides now use; null when the response is illegal
 * @param problem    the rule the response breaks, for a person; null when it is legal
 */
public record DeflateAgreement(DeflateParameters parameters, String problem) {

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
            return illegal(response.repeated().get(0) + " is given twice (RFC 7692 §7)");
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
                        return illegal(name + " takes no value, yet has " + value + " (RFC 7692 §7.1.1)");
                    }
                    serverNct |= name.startsWith("server");
                    clientNct |= name.startsWith("client");
                }
                case "server_max_window_bits", "client_max_window_bits" -> {
                    int bits = DeflateParameters.windowBits(value);
                    if (bits == DeflateParameters.INVALID_BITS) {
                        return illegal(name + (value.isEmpty() ? " has no value" : "=" + value + " is not 8-15")
                                + "; a response must give one from 8 to 15 (RFC 7692 §7.1.2)");
                    }
                    if (name.startsWith("server")) {
                        serverBits = bits;
                    } else {
                        clientBits = bits;
                    }
                }
                default -> {
                    return illegal("the parameter " + p.getKey() + " is not one of permessage-deflate's (RFC 7692 §7)");
                }
            }
        }
        String broken = broken(offer, serverNct, serverBits, clientBits);
        if (broken != null) {
            return illegal(broken);
        }
        int clientLimit = clientBits != DeflateOffer.ABSENT ? clientBits
                : offer.clientMaxWindowBits() > 0 ? offer.clientMaxWindowBits() : DeflateParameters.MAX_WINDOW_BITS;
        return new DeflateAgreement(new DeflateParameters(serverNct, clientNct || offer.clientNoContextTakeover(),
                serverBits != DeflateOffer.ABSENT ? serverBits : DeflateParameters.MAX_WINDOW_BITS, clientLimit), null);
    }

    /** The rule of §7.1 the response's parameters break against the offer, null if none. */
    private static String broken(DeflateOffer offer, boolean serverNct, int serverBits, int clientBits) {
        if (offer.serverNoContextTakeover() && !serverNct) {
            return "server_no_context_takeover was offered but the response leaves it out, so it accepts no offer "
                    + "(RFC 7692 §7.1.1.1)";
        }
        if (offer.serverMaxWindowBits() != DeflateOffer.ABSENT) {
            if (serverBits == DeflateOffer.ABSENT) {
                return "server_max_window_bits=" + offer.serverMaxWindowBits()
                        + " was offered but the response leaves it out (RFC 7692 §7.1.2.1)";
            }
            if (serverBits > offer.serverMaxWindowBits()) {
                return "server_max_window_bits=" + serverBits + " is larger than the "
                        + offer.serverMaxWindowBits() + " offered (RFC 7692 §7.1.2.1)";
            }
        }
        if (clientBits != DeflateOffer.ABSENT) {
            if (offer.clientMaxWindowBits() == DeflateOffer.ABSENT) {
                return "client_max_window_bits=" + clientBits + " is in the response but was not offered "
                        + "(RFC 7692 §7.1.2.2)";
            }
            if (offer.clientMaxWindowBits() > 0 && clientBits > offer.clientMaxWindowBits()) {
                return "client_max_window_bits=" + clientBits + " is larger than the "
                        + offer.clientMaxWindowBits() + " offered (RFC 7692 §7.1.2.2)";
            }
        }
        return null;
    }

    private static DeflateAgreement illegal(String problem) {
        return new DeflateAgreement(null, problem);
    }
}
