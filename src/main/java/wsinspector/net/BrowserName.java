package wsinspector.net;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as a lecturer names it, e.g. Chrome 120 on Linux, from a User-Agent header. The User-Agent is a
 * pile of compatibility tokens (every Chromium says "Safari", Edge says "Chrome"): the tokens are tried from the
 * most specific to the least. A client that is no known browser keeps its first product token ("Java-http-client
 * 17"), and no header gives nothing.
 *
 * @param name    Chrome, Chromium, Firefox, Edge, Opera, Yandex, Safari, or the client's own product name
 * @param version the major version, empty if none
 * @param system  Windows, macOS, Linux, Android, iOS, ChromeOS, or empty if the header does not say
 */
public record BrowserName(String name, String version, String system) {
    private static final List<String[]> BROWSERS = List.of(
            new String[] {"Edg(?:e|A|iOS)?/(\\d+)", "Edge"},
            new String[] {"OPR/(\\d+)", "Opera"},
            new String[] {"YaBrowser/(\\d+)", "Yandex"},
            new String[] {"Firefox/(\\d+)", "Firefox"},
            new String[] {"FxiOS/(\\d+)", "Firefox"},
            new String[] {"CriOS/(\\d+)", "Chrome"},
            new String[] {"HeadlessChrome/(\\d+)", "Chrome"},
            new String[] {"Chromium/(\\d+)", "Chromium"},
            new String[] {"Chrome/(\\d+)", "Chrome"},
            new String[] {"Version/(\\d+)[.\\d]* (?:Mobile/\\S+ )?Safari/", "Safari"});
    private static final List<String[]> SYSTEMS = List.of(
            new String[] {"Android", "Android"},
            new String[] {"iPhone|iPad|iPod", "iOS"},
            new String[] {"CrOS", "ChromeOS"},
            new String[] {"Windows", "Windows"},
            new String[] {"Mac OS X|Macintosh", "macOS"},
            new String[] {"Linux|X11", "Linux"});
    private static final Pattern PRODUCT = Pattern.compile("^([A-Za-z][\\w.-]*)(?:/v?(\\d+))?");

    public static Optional<BrowserName> of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        String system = "";
        for (String[] s : SYSTEMS) {
            if (Pattern.compile(s[0]).matcher(userAgent).find()) {
                system = s[1];
                break;
            }
        }
        for (String[] b : BROWSERS) {
            Matcher m = Pattern.compile(b[0]).matcher(userAgent);
            if (m.find()) {
                return Optional.of(new BrowserName(b[1], m.group(1), system));
            }
        }
        Matcher m = PRODUCT.matcher(userAgent.trim());
        if (m.find()) {
            return Optional.of(new BrowserName(m.group(1), m.group(2) == null ? "" : m.group(2), system));
        }
        return Optional.empty();
    }

    /** "Chrome 120", or "curl" without a version. */
    public String product() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
