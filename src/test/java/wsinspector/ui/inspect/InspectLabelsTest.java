package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import wsinspector.ui.I18n;

/** Both languages of the inspector's labels have every key. */
class InspectLabelsTest {
    /** Labels that are the same in both languages: a formula letter, a header name, a title with its count. */
    private static final Set<String> SAME_IN_BOTH = Set.of("inspect.masking.col.i", "inspect.proof.key",
            "inspect.tab.counted");

    private static Set<String> keys(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("wsinspector.ui.inspect.InspectLabels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }

    @Test
    void englishAndRussianHaveTheSameKeys() {
        assertEquals(keys(Locale.ROOT), keys(I18n.RUSSIAN));
    }

    @Test
    void everyKeyIsTranslated() {
        I18n en = new I18n(I18n.ENGLISH);
        I18n ru = new I18n(I18n.RUSSIAN);
        for (String key : keys(Locale.ROOT)) {
            if (!SAME_IN_BOTH.contains(key)) {
                assertNotEquals(en.t(key, 1, 2, 3, 4), ru.t(key, 1, 2, 3, 4), key);
            }
        }
    }
}
