package wsinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The window's labels: both languages have every key, and every key the window's code asks for exists. */
class LabelsBundleTest {
    private static final Properties EN = load("/wsinspector/ui/Labels.properties");
    private static final Properties RU = load("/wsinspector/ui/Labels_ru.properties");
    /** Keys as the window's classes write them: t("…"), bind("…"), item("…"), menu("…"), show("…"), dialog(…, "…"). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:menu|timeline|arrow|step|open|save|load|status|error|about|shortcuts?|app)\\.[A-Za-z0-9.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(EN.stringPropertyNames()), new TreeSet<>(RU.stringPropertyNames()));
    }

    @Test
    void noValueIsBlankAndRussianIsRussian() {
        EN.stringPropertyNames().forEach(k -> assertTrue(!EN.getProperty(k).isBlank(), k));
        long cyrillic = RU.stringPropertyNames().stream()
                .filter(k -> RU.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                .count();
        assertTrue(cyrillic > RU.size() * 0.8, "only " + cyrillic + " of " + RU.size() + " Russian labels are in Russian");
    }

    @Test
    void everyKeyTheWindowUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Path ui = Path.of("src/main/java/wsinspector/ui");
        // the window's folders; inspect, live, exercise, export and lesson have bundles of their own, with tests of their own
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(ui.resolve("inspect")) && !p.startsWith(ui.resolve("live"))
                            && !p.startsWith(ui.resolve("exercise")) && !p.startsWith(ui.resolve("export"))
                            && !p.startsWith(ui.resolve("lesson"))).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 40, "found only " + used);
        I18n en = new I18n(I18n.ENGLISH);
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!EN.containsKey(key) && en.explanations().find(key) == null) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String resource) {
        try (InputStream in = LabelsBundleTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
