package wsinspector.net;

import java.util.List;
import java.util.Optional;

import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.ExtensionOffer;

/**
 * The server's answer to permessage-deflate offers (RFC 7692 §5, §7.1): the first valid offer is accepted with every
 * parameter it holds honoured and acknowledged; an invalid one (unknown or repeated parameter, bad value) is declined
 * by leaving it unanswered, never by answering illegally.
 *
 * <p>The answer repeats each parameter the offer gave: {@code server_max_window_bits=N} must be acknowledged with the
 * same or a smaller value (RFC 7692 §7.1.2.1), and the same N is used, 15 included; a {@code client_max_window_bits}
 * with a value is repeated, which holds the client to the limit it announced itself (§7.1.2.2), and one without a
 * value is left out, since the inflater here reads any window.
 */
final class DeflateNegotiation {

    /**
     * @param parameters what both sides use
     * @param response   the {@code Sec-WebSocket-Extensions} value that says so
     */
    record Accepted(DeflateParameters parameters, String response) {
    }

    private DeflateNegotiation() {
    }

    /** The answer to the first valid permessage-deflate offer, or empty when there is none. */
    static Optional<Accepted> accept(List<ExtensionOffer> offers) {
        return offers.stream().map(DeflateOffer::from).flatMap(Optional::stream).findFirst().map(DeflateNegotiation::answer);
    }

    private static Accepted answer(DeflateOffer offer) {
        int clientBits = offer.clientMaxWindowBits() > 0 ? offer.clientMaxWindowBits() : DeflateOffer.ABSENT;
        DeflateOffer echoed = new DeflateOffer(offer.serverNoContextTakeover(), offer.clientNoContextTakeover(),
                offer.serverMaxWindowBits(), clientBits);
        DeflateParameters parameters = new DeflateParameters(offer.serverNoContextTakeover(),
                offer.clientNoContextTakeover(), orDefault(offer.serverMaxWindowBits()), orDefault(clientBits));
        // An answer has the same grammar as an offer with every window given a value, so the offer writes it.
        return new Accepted(parameters, echoed.toHeaderValue());
    }

    private static int orDefault(int bits) {
        return bits == DeflateOffer.ABSENT ? DeflateParameters.MAX_WINDOW_BITS : bits;
    }
}
