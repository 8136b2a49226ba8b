package wsinspector.ui.export;

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
import wsinspector.export.ExportFormat;
import wsinspector.export.ExportView;

/** The export dialog's labels: both languages, every key the code names, a name for every view and format. */
class ExportLabelsTest {
    private static final Properties EN = load("ExportLabels.properties");
    private static final Properties RU = load("ExportLabels_ru.properties");

    @Test
    void bothLanguagesHaveTheSameKeysAndRussianIsRussian() {
        assertEquals(new TreeSet<>(EN.stringPropertyNames()), new TreeSet<>(RU.stringPropertyNames()));
        for (String key : RU.stringPropertyNames()) {
            assertTrue(RU.getProperty(key).matches("(?s).*\\p{IsCyrillic}.*") || key.startsWith("format."), key);
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\\b(?:t|bind)\\(\"([a-z][\\w.]*\\w)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/wsinspector/ui/export"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ExportView v : ExportView.values()) {
            used.add("view." + v.code());
        }
        for (ExportFormat f : ExportFormat.values()) {
            used.add("format." + f.code());
        }
        used.add("language.en");
        used.add("language.ru");
        assertTrue(used.size() > 20, used.toString());
        used.removeIf(EN::containsKey);
        assertEquals(Set.of(), used);
    }

    private static Properties load(String name) {
        try (InputStream in = ExportLabelsTest.class.getResourceAsStream("/wsinspector/ui/export/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
