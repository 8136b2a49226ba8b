package wsinspector.protocol;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * What a client puts in its opening handshake request (RFC 6455 §4.1). Built from a ws:// URI
 * with {@link #forUrl(URI)} and adjusted with the {@code with…} methods.
 *
 * @param host          the Host value, with the port when it is not the scheme's default
 * @param path          the request target: resource name with query (RFC 6455 §3), at least "/"
 * @param key           the Sec-WebSocket-Key (base64 of 16 random bytes)
 * @param origin        the Origin value, or null to send none
 * @param subprotocols  the subprotocols offered, by preference; empty for none
 * @param extensions    the extension offers, each a full header element; empty for none
 * @param extraHeaders  further header fields, sent last in this order
 * @param version       the Sec-WebSocket-Version, 13 for RFC 6455
 */
public record HandshakeRequestSpec(String host, String path, String key, String origin, List<String> subprotocols,
                                   List<String> extensions, List<Map.Entry<String, String>> extraHeaders, int version) {

    public HandshakeRequestSpec {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        subprotocols = List.copyOf(subprotocols);
        extensions = List.copyOf(extensions);
        extraHeaders = extraHeaders.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** A spec for {@code uri} (ws, wss, http or https) with a key from a SecureRandom, version 13, nothing optional. */
    public static HandshakeRequestSpec forUrl(URI uri) {
        return forUrl(uri, new SecureRandom());
    }

    /** As {@link #forUrl(URI)}, the key drawn from {@code random} (seed it for repeatable bytes). */
    public static HandshakeRequestSpec forUrl(URI uri, Random random) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("wss") || scheme.equals("https");
        if (!secure && !scheme.equals("ws") && !scheme.equals("http")) {
            throw new IllegalArgumentException("not a WebSocket URI (ws:// or wss://): " + uri);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a WebSocket URI has no fragment (RFC 6455 §3): " + uri);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == (secure ? 443 : 80);
        String host = defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        return new HandshakeRequestSpec(host, path, SecWebSocketAccept.randomKey(random), null,
                List.of(), List.of(), List.of(), 13);
    }

    public HandshakeRequestSpec withKey(String newKey) {
        return new HandshakeRequestSpec(host, path, newKey, origin, subprotocols, extensions, extraHeaders, version);
    }

    public HandshakeRequestSpec withOrigin(String newOrigin) {
        return new HandshakeRequestSpec(host, path, key, newOrigin, subprotocols, extensions, extraHeaders, version);
    }

    public HandshakeRequestSpec withSubprotocols(List<String> offered) {
        return new HandshakeRequestSpec(host, path, key, origin, offered, extensions, extraHeaders, version);
    }

    public HandshakeRequestSpec withExtensions(List<String> offers) {
        return new HandshakeRequestSpec(host, path, key, origin, subprotocols, offers, extraHeaders, version);
    }

    public HandshakeRequestSpec withExtraHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(extraHeaders);
        more.add(Map.entry(name, value));
        return new HandshakeRequestSpec(host, path, key, origin, subprotocols, extensions, more, version);
    }

    public HandshakeRequestSpec withVersion(int newVersion) {
        return new HandshakeRequestSpec(host, path, key, origin, subprotocols, extensions, extraHeaders, newVersion);
    }
}
