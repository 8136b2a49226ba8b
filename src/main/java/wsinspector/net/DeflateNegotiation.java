package wsinspector.net;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.ExtensionOffer;

/**
 * The server's answer to permessage-deflate offers (RFC 7692 §5, §7.1): the first offer it can honour is accepted.
 * An offer is declined when it has an unknown or repeated parameter, or asks the server to compress with a window
 * smaller than 32 KiB: java.util.zip cannot, and accepting would be a lie. {@code client_max_window_bits} only
 * limits the client, and the JDK's Inflater reads any window, so it is accepted and left out of the answer.
 */
final class DeflateNegotiation {

    private DeflateNegotiation() {
    }

    /** The parameters accepted, or empty when no offer can be honoured. */
    static Optional<DeflateParameters> accept(List<ExtensionOffer> offers) {
        for (ExtensionOffer offer : offers) {
            if (offer.name().equalsIgnoreCase(DeflateParameters.EXTENSION_NAME)) {
                Optional<DeflateParameters> accepted = acceptOne(offer);
                if (accepted.isPresent()) {
                    return accepted;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DeflateParameters> acceptOne(ExtensionOffer offer) {
        // Repeated parameters are dropped by the offer parser (putIfAbsent); validate what is there.
        boolean serverNoContextTakeover = false;
        boolean clientNoContextTakeover = false;
        for (var p : offer.params().entrySet()) {
            String value = p.getValue();
            switch (p.getKey().toLowerCase(Locale.ROOT)) {
                case "server_no_context_takeover" -> {
                    if (!value.isEmpty()) {
                        return Optional.empty();
                    }
                    serverNoContextTakeover = true;
                }
                case "client_no_context_takeover" -> {
                    if (!value.isEmpty()) {
                        return Optional.empty();
                    }
                    clientNoContextTakeover = true;
                }
                case "server_max_window_bits" -> {
                    if (windowBits(value) != DeflateParameters.MAX_WINDOW_BITS) {
                        return Optional.empty(); // below 15 java.util.zip cannot comply; invalid values decline too
                    }
                }
                case "client_max_window_bits" -> {
                    if (!value.isEmpty() && windowBits(value) < 0) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new DeflateParameters(serverNoContextTakeover, clientNoContextTakeover,
                DeflateParameters.MAX_WINDOW_BITS, DeflateParameters.MAX_WINDOW_BITS));
    }

    /** RFC 7692 §7.1.2: 8-15 in decimal without leading zeros; -1 otherwise. */
    private static int windowBits(String value) {
        if (!value.matches("[1-9][0-9]?")) {
            return -1;
        }
        int bits = Integer.parseInt(value);
        return bits >= DeflateParameters.MIN_WINDOW_BITS && bits <= DeflateParameters.MAX_WINDOW_BITS ? bits : -1;
    }
}
