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

/** One Russian word for one thing in every bundle, the word the notes, the window and README.ru.md use. */
class RussianTermsTest {
    private static final Pattern KADR = Pattern.compile("(?U)\\b[Кк]адр(а|у|ом|е|ы|ов|ам|ами|ах)?\\b");
    private static final Pattern ZAKHVAT = Pattern.compile("(?U)\\b[Зз]ахват(а|у|ом|е|ы|ов|ам|ами|ах)?\\b");
    private static final Pattern SHKALA = Pattern.compile("(?U)\\b[Шш]кал(а|ы|е|у|ой)\\b");
    /** The English word «draft» as prose; a citation's name («draft-hixie-76 §5.2») and a key («….draft=») stay. */
    private static final Pattern DRAFT = Pattern.compile("(?<![-.\\w])draft(?![-\\w])");

    /**
     * A frame is «фрейм», as in the notes: the handouts, the student page, the export menu and the CLI said «кадр», so a
     * student read two words for one thing. «Кадрирование» (framing) stays.
     */
    @Test
    void russianTextsSayFrameAsTheNotesDo() throws IOException {
        assertEquals(List.of(), russianLinesWith(KADR));
    }

    /**
     * A capture file is «запись», as the File menu («Открыть запись…»), the status line and README.ru.md say: the CLI's
     * help and the export error said «захват».
     */
    @Test
    void russianTextsSayRecordingAsTheWindowDoes() throws IOException {
        assertEquals(List.of(), russianLinesWith(ZAKHVAT));
    }

    /**
     * The pre-RFC handshake is «черновик hixie-76», as the comparison view and the lessons say: two verdicts said
     * «Запрос draft 76», an English word in the middle of a Russian sentence.
     */
    @Test
    void russianTextsSayDraftAsTheComparisonDoes() throws IOException {
        assertEquals(List.of(), russianLinesWith(DRAFT));
    }

    /**
     * The sequence of arrows between client and server is «диаграмма», as the inspector's placeholder, F1, the View menu
     * and README.ru.md say: the builder, the export dialog, the exercises, the CLI and the lessons said «временная
     * шкала», so a student heard two names for the one thing on screen.
     */
    @Test
    void russianTextsSayDiagramAsTheWindowDoes() throws IOException {
        List<String> found = new ArrayList<>(russianLinesWith(SHKALA));
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.contains("\"ru\"") && SHKALA.matcher(line).find()) {
                        found.add(p.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<String> russianLinesWith(Pattern word) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("_ru.properties")).toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (word.matcher(line).find()) {
                        found.add(p.getFileName() + ": " + line);
                    }
                }
            }
        }
        return found;
    }
}
