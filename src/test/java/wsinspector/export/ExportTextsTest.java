package wsinspector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The handouts' bundles: the same keys in both languages, Russian in Russian, every key the code asks for there. */
class ExportTextsTest {
    private static final Properties EN = load("ExportTexts.properties");
    private static final Properties RU = load("ExportTexts_ru.properties");
    /** Protocol names, the same in both languages (the RFC's own names of the header bits). */
    private static final Set<String> SAME = Set.of("short.frame.fin", "short.frame.rsv1", "short.frame.rsv2",
            "short.frame.rsv3", "masking.row.index", "handshake.formula");
    private static final Pattern KEY = Pattern.compile("(?:\\bt|new ExportException)\\(\"([a-z][\\w.]*[\\w])\"(?! \\+)");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(EN.stringPropertyNames()), new TreeSet<>(RU.stringPropertyNames()));
    }

    @Test
    void russianIsRussianAndNothingIsBlankOrBrokenAsAPattern() {
        List<String> bad = new ArrayList<>();
        for (String key : EN.stringPropertyNames()) {
            String ru = RU.getProperty(key, "");
            if (EN.getProperty(key).isBlank() || ru.isBlank()) {
                bad.add(key + " blank");
            }
            if (!SAME.contains(key) && !ru.matches("(?s).*\\p{IsCyrillic}.*")) {
                bad.add(key + " not Russian");
            }
            for (String pattern : List.of(EN.getProperty(key), ru)) {
                MessageFormat f = new MessageFormat(pattern);
                if (f.getFormats().length == 0 && !f.format(new Object[0]).equals(pattern)) {
                    bad.add(key + " changes when formatted (write ’ not ')");
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/wsinspector/export"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, used.toString());
        used.removeIf(EN::containsKey);
        assertEquals(Set.of(), used);
    }

    private static Properties load(String name) {
        try (InputStream in = ExportTextsTest.class.getResourceAsStream("/wsinspector/export/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
