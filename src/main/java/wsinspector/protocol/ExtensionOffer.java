package wsinspector.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One extension of a {@code Sec-WebSocket-Extensions} header field, with its parameters
 * (RFC 6455 §9.1): {@code permessage-deflate; client_max_window_bits; server_max_window_bits=10}.
 *
 * @param name   the extension token, e.g. {@code permessage-deflate}
 * @param params   the parameters in wire order; a parameter without a value maps to "" and a
 *                 quoted-string value is unquoted; of a repeated parameter the first is kept
 * @param repeated the names of parameters given more than once (compared ignoring case), which an extension such as
 *                 permessage-deflate must refuse (RFC 7692 §7)
 */
public record ExtensionOffer(String name, Map<String, String> params, List<String> repeated) {

    public ExtensionOffer {
        Objects.requireNonNull(name, "name");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        repeated = List.copyOf(repeated);
    }

    /** An extension whose parameters are all distinct. */
    public ExtensionOffer(String name, Map<String, String> params) {
        this(name, params, List.of());
    }

    /**
     * Parses every extension of every line of the field, in order. Tolerant: a piece that is not
     * a token is skipped, never an exception, so a dissector can show what it could read.
     */
    public static List<ExtensionOffer> parseAll(List<String> headerValues) {
        List<ExtensionOffer> out = new ArrayList<>();
        if (headerValues != null) {
            for (String value : headerValues) {
                if (value != null) {
                    new Lexer(value).extensions(out);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The extension as it would be written in the header field, quoting values that are not tokens. */
    public String toHeaderValue() {
        StringBuilder sb = new StringBuilder(name);
        params.forEach((k, v) -> {
            sb.append("; ").append(k);
            if (!v.isEmpty()) {
                sb.append('=').append(isToken(v) ? v : quote(v));
            }
        });
        return sb.toString();
    }

    private static boolean isToken(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> HttpHeadParser.isTchar((char) c));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The grammar of §9.1 over one field value: extension *( ";" param [ "=" (token | quoted-string) ] ), comma-separated. */
    private static final class Lexer {
        private final String s;
        private int pos;

        Lexer(String s) {
            this.s = s;
        }

        void extensions(List<ExtensionOffer> out) {
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    return;
                }
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                String name = token();
                if (name.isEmpty()) {
                    pos++; // not a token: skip the character and carry on
                    continue;
                }
                List<String> repeated = new ArrayList<>(0);
                out.add(new ExtensionOffer(name, params(repeated), repeated));
            }
        }

        private Map<String, String> params(List<String> repeated) {
            Map<String, String> params = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            while (true) {
                skipSpace();
                if (pos >= s.length() || peek() == ',') {
                    return params;
                }
                if (peek() != ';') {
                    pos++; // stray character after the extension name or a value
                    continue;
                }
                pos++;
                skipSpace();
                String key = token();
                if (key.isEmpty()) {
                    continue;
                }
                skipSpace();
                String value = "";
                if (pos < s.length() && peek() == '=') {
                    pos++;
                    skipSpace();
                    value = pos < s.length() && peek() == '"' ? quotedString() : token();
                }
                if (seen.add(key.toLowerCase(Locale.ROOT))) {
                    params.put(key, value);
                } else {
                    repeated.add(key);
                }
            }
        }

        private String token() {
            int start = pos;
            while (pos < s.length() && HttpHeadParser.isTchar(peek())) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String quotedString() {
            StringBuilder sb = new StringBuilder();
            pos++; // opening quote
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && pos < s.length()) {
                    c = s.charAt(pos++);
                }
                sb.append(c);
            }
            return sb.toString();
        }

        private void skipSpace() {
            while (pos < s.length() && (peek() == ' ' || peek() == '\t')) {
                pos++;
            }
        }

        private char peek() {
            return s.charAt(pos);
        }
    }
}
