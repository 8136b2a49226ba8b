package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English and Russian explanation bundles are complete, identical in keys and usable: every key
 * the dissector, the command line and the window look up is there, in both languages.
 */
class BundlesTest {
    private static final String EN_FILE = "/wsinspector/explain/Explanations.properties";
    private static final String RU_FILE = "/wsinspector/explain/Explanations_ru.properties";
    private static final String EMITTED = "/wsinspector/explain/emitted-keys.txt";

    /** Russian values that are the same as the English on purpose: protocol names nobody translates. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "frame.fin.name", "frame.rsv1.name", "frame.rsv2.name", "frame.rsv3.name",
            "accept.guid.name", "accept.sha1.name", "accept.base64.name",
            "summary.flag.fin", "summary.flag.rsv1",
            // a formula: the accept value the client checked, in the notation of RFC 6455 §4.2.2
            "net.client.accept-ok");
    /** An HTTP header is named as written on the wire in every language. */
    private static final Pattern HEADER_NAME = Pattern.compile("header\\.[A-Za-z0-9-]+\\.name");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static final Map<String, String> EN = load(EN_FILE);
    private static final Map<String, String> RU = load(RU_FILE);

    @Test
    void englishBundleLoads() {
        Explanations en = Explanations.forLanguage("en");
        assertEquals("Text", en.find("opcode.1"));
    }

    @Test
    void russianBundleLoadsAsUtf8() {
        Explanations ru = Explanations.forLanguage("ru");
        assertEquals("ru", ru.locale().getLanguage());
        assertEquals("Текст", ru.find("opcode.1"), "a UTF-8 bundle misread as ISO-8859-1 would not match");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> missingInRussian = difference(EN.keySet(), RU.keySet());
        Set<String> missingInEnglish = difference(RU.keySet(), EN.keySet());
        assertTrue(missingInRussian.isEmpty() && missingInEnglish.isEmpty(),
                "missing in Russian: " + missingInRussian + "; missing in English: " + missingInEnglish);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void noValueIsBlank(String language) {
        List<String> blank = bundle(language).entrySet().stream()
                .filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList();
        assertTrue(blank.isEmpty(), language + " has blank values: " + blank);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyEmittedKeyIsThere(String language) {
        Explanations explanations = Explanations.forLanguage(language);
        Map<String, String> own = bundle(language);
        // The Russian bundle falls back to the English one, so find() alone would hide a Russian gap.
        List<String> missing = emittedKeys().stream()
                .filter(key -> explanations.find(key) == null || !own.containsKey(key)).toList();
        assertTrue(missing.isEmpty(), language + " lacks emitted keys: " + missing);
    }

    @Test
    void russianValuesAreInRussian() {
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, String> e : RU.entrySet()) {
            String english = EN.getOrDefault(e.getKey(), "");
            if (LETTER.matcher(english).find() && !sameOnPurpose(e.getKey())
                    && !CYRILLIC.matcher(e.getValue()).find()) {
                untranslated.add(e.getKey());
            }
        }
        assertTrue(untranslated.isEmpty(), "Russian values without Cyrillic: " + untranslated);
    }

    @Test
    void allowListNamesExistingKeys() {
        Set<String> stale = difference(SAME_IN_BOTH, RU.keySet());
        assertTrue(stale.isEmpty(), "allow-listed keys not in the bundles: " + stale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyValueIsAMessageFormatPattern(String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle(language).entrySet()) {
            try {
                MessageFormat format = new MessageFormat(e.getValue(), locale);
                // A pattern without {0} must format to itself: an ASCII apostrophe would be eaten as a quote.
                if (format.getFormats().length == 0 && !format.format(new Object[0]).equals(e.getValue())) {
                    broken.add(e.getKey() + " (changes when formatted; write ’ not ')");
                }
            } catch (IllegalArgumentException bad) {
                broken.add(e.getKey() + " (" + bad.getMessage() + ")");
            }
        }
        assertTrue(broken.isEmpty(), language + " has broken patterns: " + broken);
    }

    @Test
    void emittedKeyListIsReadable() {
        List<String> keys = emittedKeys();
        assertTrue(keys.contains("frame.fin.name") && keys.contains("header.Sec-WebSocket-Key.explain"),
                "emitted-keys.txt lost its entries: " + keys.size() + " keys");
    }

    private static boolean sameOnPurpose(String key) {
        return SAME_IN_BOTH.contains(key) || HEADER_NAME.matcher(key).matches();
    }

    private static Map<String, String> bundle(String language) {
        return "ru".equals(language) ? RU : EN;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** The file itself, not the bundle chain: ResourceBundle would fill Russian gaps from English. */
    private static Map<String, String> load(String resource) {
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> emittedKeys() {
        try (InputStream in = BundlesTest.class.getResourceAsStream(EMITTED)) {
            assertNotNull(in, EMITTED + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
