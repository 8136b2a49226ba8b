package wsinspector.net;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of the student page: Russian or English, from {@code ?lang=ru|en} if the URL has it, else the
 * browser's Accept-Language (RFC 9110 §12.5.4: the most preferred of the two by q value), else English.
 */
final class PageLanguage {
    private PageLanguage() {
    }

    /** "ru" or "en". */
    static String choose(String target, Optional<String> acceptLanguage) {
        String asked = QueryString.value(target, "lang").orElse("");
        if (asked.equals("ru") || asked.equals("en")) {
            return asked;
        }
        return acceptLanguage.flatMap(PageLanguage::preferred).orElse("en");
    }

    /** The first of the most preferred ranges that is Russian or English ("ru-RU" counts as "ru"). */
    private static Optional<String> preferred(String header) {
        String best = null;
        double bestQ = 0;
        for (String item : header.split(",")) {
            String[] parts = item.trim().split(";");
            String language = parts[0].trim().toLowerCase(Locale.ROOT).split("-", 2)[0];
            double q = weight(parts);
            if ((language.equals("ru") || language.equals("en")) && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0; // a broken weight: no preference
                }
            }
        }
        return 1;
    }
}
