package wsinspector.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wsinspector.protocol.HttpHead;

/**
 * The echo server's answer to plain HTTP: {@code GET /} is a small self-contained page (HTML, CSS and script
 * inline, nothing loaded from anywhere) in Russian or English ({@link PageLanguage}) that opens a WebSocket to the
 * same server and lets a student send text, binary and a close, and ask for a ping; {@code POST /ping?student=NAME}
 * asks the server to ping that page's connection (a browser cannot send a ping: its WebSocket API has no method
 * for it). Other paths get 404, other methods 405.
 */
public final class StudentPage implements PlainHttp {
    private static final String BUNDLE = "wsinspector.net.StudentPage";
    private static final Pattern SLOT = Pattern.compile("\\$\\{([a-z.]+)}");
    private static final String SECURITY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "connect-src 'self' ws: wss:; img-src data:";

    private final StudentPings pings;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    StudentPage(StudentPings pings) {
        this.pings = pings;
    }

    @Override
    public byte[] answer(HttpHead request, InetSocketAddress peer) {
        String language = PageLanguage.choose(request.target(), request.first("Accept-Language"));
        ResourceBundle texts = texts(language);
        String path = QueryString.path(request.target());
        String method = request.method();
        return switch (path) {
            case "/" -> method.equals("GET") ? page(language) : notAllowed(texts, method, "GET");
            case "/ping" -> method.equals("POST") ? ping(texts, request, peer) : notAllowed(texts, method, "POST");
            default -> HttpResponses.text(404, "Not Found", format(texts, "http.not-found", path), Map.of());
        };
    }

    /** The page in "en" or "ru", as sent (the same bytes every time, so they are made once). */
    byte[] page(String language) {
        return pages.computeIfAbsent(language, l -> HttpResponses.of(200, "OK", Map.of(
                "Content-Type", "text/html; charset=utf-8",
                "Content-Language", l,
                "Vary", "Accept-Language",
                "Content-Security-Policy", SECURITY), render(l).getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] ping(ResourceBundle texts, HttpHead request, InetSocketAddress peer) {
        String student = QueryString.value(request.target(), "student").orElse("");
        if (!student.isEmpty() && pings.ping(student, peer.getAddress())) {
            return HttpResponses.noContent();
        }
        return HttpResponses.text(404, "Not Found", format(texts, "http.no-connection", student), Map.of());
    }

    private static byte[] notAllowed(ResourceBundle texts, String method, String allowed) {
        return HttpResponses.text(405, "Method Not Allowed", format(texts, "http.not-allowed", method, allowed),
                Map.of("Allow", allowed));
    }

    static String render(String language) {
        ResourceBundle texts = texts(language);
        Matcher m = SLOT.matcher(template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "lang" -> language;
                case "js" -> scriptTexts(texts);
                default -> html(texts.getString(key));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The js.* texts as a JSON object, keys without "js.", safe inside a script element. */
    private static String scriptTexts(ResourceBundle texts) {
        StringBuilder json = new StringBuilder("{");
        for (String key : texts.keySet().stream().filter(k -> k.startsWith("js.")).sorted().toList()) {
            if (json.length() > 1) {
                json.append(",\n  ");
            }
            json.append(jsString(key.substring(3))).append(": ").append(jsString(texts.getString(key)));
        }
        return json.append('}').toString();
    }

    private static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '<' -> b.append("\\u003c"); // never "</script>" inside the script
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new java.text.MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    static ResourceBundle texts(String language) {
        Locale locale = language.equals("ru") ? Locale.forLanguageTag("ru") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String template() {
        try (InputStream in = StudentPage.class.getResourceAsStream("student-page.html")) {
            if (in == null) {
                throw new IllegalStateException("student-page.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
