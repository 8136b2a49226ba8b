package wsinspector.net;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads one parameter of a request target's query, e.g. {@code student} of {@code /?student=ab12}. */
final class QueryString {
    private QueryString() {
    }

    /** The path of a request target, without its query. */
    static String path(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    static Optional<String> value(String target, String name) {
        int q = target.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String pair : target.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
