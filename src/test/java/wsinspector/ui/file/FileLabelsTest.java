package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import wsinspector.ui.I18n;

/** Both languages of the file commands' labels have every key, each in its own words, reachable through I18n. */
class FileLabelsTest {
    private static Set<String> keys(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("wsinspector.ui.file.FileLabels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }

    @Test
    void englishAndRussianHaveTheSameKeys() {
        assertEquals(keys(Locale.ROOT), keys(I18n.RUSSIAN));
    }

    @Test
    void everyKeyIsTranslatedAndFound() {
        I18n en = new I18n(I18n.ENGLISH);
        I18n ru = new I18n(I18n.RUSSIAN);
        for (String key : keys(Locale.ROOT)) {
            assertNotEquals(key, en.t(key, "x.pcap", 1, 2, "why"), key);
            assertNotEquals(en.t(key, "x.pcap", 1, 2, "why"), ru.t(key, "x.pcap", 1, 2, "why"), key);
        }
    }
}
