package wsinspector.ui.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one check of a typed WebSocket URL, for the client and the step mode alike: a ws:// or wss:// URL with a host,
 * or a note saying what is wrong with it.
 *
 * @param uri     the URL, null when it is not one
 * @param problem what is wrong, null when nothing is
 */
record WsUrl(URI uri, Note problem) {

    static WsUrl check(String typedOrNull) {
        String typed = typedOrNull == null ? "" : typedOrNull.trim();
        if (typed.isEmpty()) {
            return wrong(Note.error("live.client.error.noUrl"));
        }
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            return wrong(Note.error("live.client.error.url", typed, e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            return wrong(Note.error("live.client.error.scheme", typed));
        }
        if (uri.getHost() == null) {
            return wrong(Note.error("live.client.error.host", typed));
        }
        return new WsUrl(uri, null);
    }

    private static WsUrl wrong(Note problem) {
        return new WsUrl(null, problem);
    }
}
