package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Russian texts call a frame «фрейм», as the notes and the window do: the handouts, the student page, the export menu
 * and the CLI said «кадр», so a student read two words for one thing. «Кадрирование» (framing) stays.
 */
class FrameWordTest {
    private static final Pattern KADR = Pattern.compile("(?U)\\b[Кк]адр(а|у|ом|е|ы|ов|ам|ами|ах)?\\b");

    @Test
    void russianTextsSayFrameAsTheNotesDo() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("_ru.properties")).toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (KADR.matcher(line).find()) {
                        found.add(p.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
