package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsinspector.capture.BadInputs;
import wsinspector.capture.BadInputs.Bad;

/**
 * Why a file cannot be read is said in the language asked for: {@code decode --lang ru} of each real bad input
 * exits 2 with one Russian line that holds no English word, {@code --lang en} with the English one; so do
 * {@code convert} and {@code export}.
 */
class UnreadableInputLanguageTest {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @TempDir
    Path dir;

    @Test
    void decodeSaysWhyInRussianUnderLangRu() throws Exception {
        for (Bad bad : forDecode()) {
            String line = oneErrorLine(decode(bad, "ru"), bad);
            assertTrue(line.startsWith("ошибка: "), bad + ": " + line);
            assertTrue(CYRILLIC.matcher(line).find(), bad + ": " + line);
            assertEquals(List.of(), english(line, bad), bad + ": " + line);
        }
    }

    @Test
    void decodeSaysWhyInEnglishUnderLangEn() throws Exception {
        for (Bad bad : forDecode()) {
            String line = oneErrorLine(decode(bad, "en"), bad);
            assertTrue(line.startsWith("error: "), bad + ": " + line);
            assertTrue(line.contains(bad.english()), bad + ": " + line);
            assertTrue(line.contains(bad.name()), "names the file: " + line);
            assertFalse(CYRILLIC.matcher(line).find(), bad + ": " + line);
        }
    }

    @Test
    void convertAndExportSayItInTheirLanguageToo() throws Exception {
        for (Bad bad : BadInputs.in(dir)) {
            if (!bad.args().isEmpty()) {
                continue;
            }
            String file = bad.file().toString();
            String converted = oneErrorLine(DecodeCommandTest.run("convert", "--lang", "ru", file,
                    dir.resolve("out.pcapng").toString()), bad);
            assertTrue(converted.startsWith("ошибка: ") && english(converted, bad).isEmpty(), bad + ": " + converted);
            String exported = oneErrorLine(DecodeCommandTest.run("export", file, "--view", "frame", "--lang", "ru", "-o",
                    dir.resolve("out.svg").toString()), bad);
            assertTrue(exported.startsWith("ошибка: ") && english(exported, bad).isEmpty(), bad + ": " + exported);
            String englishLine = oneErrorLine(DecodeCommandTest.run("convert", "--lang", "en", file,
                    dir.resolve("out.xxd").toString()), bad);
            assertTrue(englishLine.startsWith("error: ") && englishLine.contains(bad.name()), bad + ": " + englishLine);
        }
    }

    @Test
    void decodesOwnComplaintsAreRussianUnderLangRu() {
        for (String[] args : List.of(new String[] {"decode", "x.xxd", "--lang", "ru", "--dir", "up"},
                new String[] {"decode", "x.xxd", "--lang", "ru", "--port", "70000"},
                new String[] {"convert", "--lang", "ru", "x.xxd", "out.txt"})) {
            DecodeCommandTest.Run run = DecodeCommandTest.run(args);
            assertEquals(2, run.status(), String.join(" ", args));
            String line = run.err().strip();
            assertTrue(line.startsWith("ошибка: ") && !line.contains("\n"), line);
            assertEquals(List.of(), english(line.replace("x.xxd", " ").replace("out.txt", " "), null), line);
        }
    }

    /** Every sentence of unreadable input, also those no file above reaches (od, hexdump, HAR messages), is Russian. */
    @Test
    void everyRussianSentenceOfUnreadableInputIsRussian() throws Exception {
        java.util.Properties ru = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/wsinspector/explain/Explanations_ru.properties")) {
            ru.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> keys = ru.stringPropertyNames().stream()
                .filter(k -> k.startsWith("unreadable.") || k.startsWith("dump.")).sorted().toList();
        assertTrue(keys.size() > 40, "the sentences are there: " + keys);
        for (String key : keys) {
            String sentence = ru.getProperty(key);
            assertTrue(CYRILLIC.matcher(sentence).find(), key + ": " + sentence);
            assertEquals(List.of(), english(sentence.replaceAll("\\{\\d}", " "), null), key + ": " + sentence);
        }
    }

    private List<Bad> forDecode() throws java.io.IOException {
        return BadInputs.in(dir).stream().filter(b -> !BadInputs.decodeReads(b)).toList();
    }

    private static DecodeCommandTest.Run decode(Bad bad, String language) {
        List<String> args = new ArrayList<>(List.of("decode", bad.file().toString(), "--lang", language));
        args.addAll(bad.args());
        return DecodeCommandTest.run(args.toArray(String[]::new));
    }

    private static String oneErrorLine(DecodeCommandTest.Run run, Bad bad) {
        assertEquals(2, run.status(), bad + ": " + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), bad + ": " + run.err());
        return lines.get(0);
    }

    private static List<String> english(String line, Bad bad) {
        return BadInputs.englishWords(line, bad);
    }
}
