package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The live panes' labels exist in English and Russian, with the same keys and the same placeholders. */
class LiveLabelsTest {
    private static final Map<String, String> EN = load("/wsinspector/ui/live/LiveLabels.properties");
    private static final Map<String, String> RU = load("/wsinspector/ui/live/LiveLabels_ru.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(EN.keySet(), RU.keySet());
    }

    @Test
    void placeholdersMatch() {
        EN.forEach((key, en) -> assertEquals(placeholders(en), placeholders(RU.get(key)), key));
    }

    @Test
    void russianTextsAreRussian() {
        long cyrillic = RU.values().stream().filter(v -> v.matches("(?s).*\\p{IsCyrillic}.*")).count();
        assertTrue(cyrillic > RU.size() * 0.7, "most Russian labels should be in Cyrillic: " + cyrillic + "/" + RU.size());
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = LiveLabelsTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
