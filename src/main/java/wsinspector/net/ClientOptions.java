package wsinspector.net;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import wsinspector.protocol.DeflateOffer;

/**
 * What the client asks for when it connects.
 *
 * @param uri               a ws:// or wss:// URL
 * @param mode              RFC 6455 or hixie-76
 * @param subprotocols      the subprotocols offered, by preference (hixie-76 sends only the first)
 * @param permessageDeflate whether to offer permessage-deflate (RFC 7692; RFC 6455 mode only)
 * @param extraHeaders      further header fields, sent last, in order
 * @param fixedKey          the Sec-WebSocket-Key to send (e.g. the RFC's {@code dGhlIHNhbXBsZSBub25jZQ==}), null for a random one
 * @param origin            the Origin header value, null for none (hixie-76 requires one: {@code http://host} is used)
 * @param autoPong          whether a ping from the server is answered with a pong at once (RFC 6455 §5.5.2)
 * @param timeout           for connecting, for the handshake and for the closing handshake
 * @param deflateOffer      the permessage-deflate parameters offered when {@code permessageDeflate} is set
 *                          (RFC 7692 §7.1); {@link DeflateOffer#PLAIN} for none
 */
public record ClientOptions(URI uri, ClientMode mode, List<String> subprotocols, boolean permessageDeflate,
                            List<Map.Entry<String, String>> extraHeaders, String fixedKey, String origin,
                            boolean autoPong, Duration timeout, DeflateOffer deflateOffer) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ClientOptions {
        Objects.requireNonNull(uri, "uri");
        mode = mode == null ? ClientMode.RFC6455 : mode;
        subprotocols = List.copyOf(subprotocols);
        extraHeaders = extraHeaders.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
        deflateOffer = deflateOffer == null ? DeflateOffer.PLAIN : deflateOffer;
    }

    /** Offering permessage-deflate, if at all, without parameters. */
    public ClientOptions(URI uri, ClientMode mode, List<String> subprotocols, boolean permessageDeflate,
                         List<Map.Entry<String, String>> extraHeaders, String fixedKey, String origin,
                         boolean autoPong, Duration timeout) {
        this(uri, mode, subprotocols, permessageDeflate, extraHeaders, fixedKey, origin, autoPong, timeout,
                DeflateOffer.PLAIN);
    }

    /** RFC 6455, nothing offered, a random key, no Origin, automatic pongs, 10 s timeout. */
    public static ClientOptions defaults(URI uri) {
        return new ClientOptions(uri, ClientMode.RFC6455, List.of(), false, List.of(), null, null, true, DEFAULT_TIMEOUT);
    }

    public ClientOptions withUri(URI u) {
        return new ClientOptions(u, mode, subprotocols, permessageDeflate, extraHeaders, fixedKey, origin, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withMode(ClientMode m) {
        return new ClientOptions(uri, m, subprotocols, permessageDeflate, extraHeaders, fixedKey, origin, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withSubprotocols(List<String> s) {
        return new ClientOptions(uri, mode, s, permessageDeflate, extraHeaders, fixedKey, origin, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withPermessageDeflate(boolean d) {
        return new ClientOptions(uri, mode, subprotocols, d, extraHeaders, fixedKey, origin, autoPong, timeout, deflateOffer);
    }

    /** Offers permessage-deflate with these parameters (RFC 7692 §7.1). */
    public ClientOptions withDeflateOffer(DeflateOffer offer) {
        return new ClientOptions(uri, mode, subprotocols, true, extraHeaders, fixedKey, origin, autoPong, timeout, offer);
    }

    public ClientOptions withExtraHeaders(List<Map.Entry<String, String>> h) {
        return new ClientOptions(uri, mode, subprotocols, permessageDeflate, h, fixedKey, origin, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withFixedKey(String k) {
        return new ClientOptions(uri, mode, subprotocols, permessageDeflate, extraHeaders, k, origin, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withOrigin(String o) {
        return new ClientOptions(uri, mode, subprotocols, permessageDeflate, extraHeaders, fixedKey, o, autoPong, timeout, deflateOffer);
    }

    public ClientOptions withAutoPong(boolean a) {
        return new ClientOptions(uri, mode, subprotocols, permessageDeflate, extraHeaders, fixedKey, origin, a, timeout, deflateOffer);
    }

    public ClientOptions withTimeout(Duration t) {
        return new ClientOptions(uri, mode, subprotocols, permessageDeflate, extraHeaders, fixedKey, origin, autoPong, t, deflateOffer);
    }
}
