package wsinspector.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/** The exercise windows' labels: both languages have every key, every key the code asks for exists, Russian is Russian. */
class ExerciseLabelsTest {
    private static final Pattern KEY = Pattern.compile("\"((?:menu|window|set|exercise|button|score|make|drill|file|error)\\.[A-Za-z0-9.-]+)\"");

    @Test
    void bothLanguagesHaveEveryKeyTheCodeUses() throws IOException {
        Properties en = load("ExerciseLabels.properties");
        Properties ru = load("ExerciseLabels_ru.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/wsinspector/ui/exercise"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // keys made by adding a direction: exercise.kind.frame. + c2s / s2c
                    if (key.endsWith(".")) {
                        used.add(key + "c2s");
                        used.add(key + "s2c");
                    } else if (!key.endsWith(".css") && !key.endsWith(".json")) {
                        used.add(key);
                    }
                }
            }
        }
        assertTrue(used.size() > 30, "found only " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missing);
        long cyrillic = ru.stringPropertyNames().stream().filter(k -> ru.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).count();
        assertTrue(cyrillic >= ru.size() - 2, "only " + cyrillic + " of " + ru.size() + " are Russian");
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = ExerciseLabels.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
