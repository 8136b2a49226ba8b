package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wsinspector.capture.CaptureReader;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.explain.EnglishWords;

/**
 * {@code decode --lang ru} of the project's samples and of conversations that break every rule writes no English:
 * the names, explanations, summaries and verdicts are all Russian. What came over the wire (header values, message
 * texts, the status line) is data and is taken out before the words are looked at.
 */
class RussianDecodeTest {
    @TempDir
    Path dir;

    @Test
    void theListingOfSamplesAndBrokenConversationsHoldsNoEnglish() throws Exception {
        Map<String, List<String>> english = new TreeMap<>();
        for (Path dump : inputs()) {
            DecodeCommandTest.Run run = DecodeCommandTest.run("decode", dump.toString(), "--lang", "ru");
            assertEquals(0, run.status(), dump + ": " + run.err());
            List<String> found = englishIn(dump, run.out());
            if (!found.isEmpty()) {
                english.put(dump.getFileName().toString(), found);
            }
        }
        assertEquals(Map.of(), english);
    }

    /**
     * No listing line says the same clause twice: a message's reason and its detail are written "reason: detail", and
     * the Russian detail of a frame header cut short was the reason word for word ("поток оборвался внутри заголовка
     * фрейма: поток оборвался внутри заголовка фрейма; получено байт: 4").
     */
    @Test
    void noLineSaysTheSameClauseTwice() throws Exception {
        List<String> repeated = new ArrayList<>();
        for (Path dump : inputs()) {
            for (String lang : List.of("ru", "en")) {
                for (String line : DecodeCommandTest.run("decode", dump.toString(), "--lang", lang, "--dir", "c2s").out().split("\n")) {
                    Set<String> clauses = new LinkedHashSet<>();
                    for (String clause : line.split("[:;]")) {
                        String c = clause.strip();
                        if (c.length() >= 15 && !clauses.add(c)) {
                            repeated.add(dump.getFileName() + " (" + lang + "): " + line.strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), repeated);
    }

    @Test
    void theBrokenConversationsDoBreakRules() throws Exception {
        int problems = 0;
        for (Path dump : BrokenDumps.write(dir).values()) {
            problems += Dissector.dissect(DumpReader.read(dump, null).chunks()).messages().stream()
                    .mapToInt(m -> m.problems().size()).sum();
        }
        assertTrue(problems > 60, "only " + problems + " problems: the corpus no longer covers the rules");
    }

    @Test
    void jsonInRussianCarriesRussianSentencesAndEachVerdictAsData() throws Exception {
        Set<String> english = new LinkedHashSet<>();
        int verdicts = 0;
        for (Path dump : inputs()) {
            DecodeCommandTest.Run run = DecodeCommandTest.run("decode", dump.toString(), "--json", "--lang", "ru");
            assertEquals(0, run.status(), dump + ": " + run.err());
            for (JsonNode line : run.json()) {
                assertEquals(line.get("problems").size(), line.get("verdicts").size());
                for (int i = 0; i < line.get("verdicts").size(); i++) {
                    JsonNode v = line.get("verdicts").get(i);
                    verdicts++;
                    assertTrue(v.get("rule").asText().matches("[a-z0-9]+(-[a-z0-9]+)*"), v.toString());
                    assertTrue(Set.of("error", "warning", "info").contains(v.get("severity").asText()), v.toString());
                    assertEquals(line.get("problems").get(i).asText(), v.get("text").asText());
                    english.addAll(englishIn(dump, v.get("text").asText()));
                }
                if (line.has("reason")) {
                    english.addAll(englishIn(dump, line.get("reason").asText()));
                }
            }
        }
        assertTrue(verdicts > 60, verdicts + " verdicts");
        assertEquals(Set.of(), english);
    }

    @Test
    void jsonInEnglishIsTheDefault() throws Exception {
        Path dump = BrokenDumps.write(dir).get("frames-broken.hex");
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", dump.toString(), "--json");
        List<JsonNode> verdicts = new ArrayList<>();
        run.json().forEach(line -> line.get("verdicts").forEach(verdicts::add));
        JsonNode origin = verdicts.get(0);
        assertEquals("origin-missing", origin.get("rule").asText());
        assertEquals("info", origin.get("severity").asText(), "no Origin is a remark: not a browser");
        JsonNode v = verdicts.stream().filter(n -> n.get("rule").asText().equals("client-frame-unmasked")).findFirst()
                .orElseThrow();
        assertEquals("error", v.get("severity").asText());
        assertEquals("frame.mask", v.get("field").asText());
        assertEquals("RFC 6455 §5.1", v.get("section").asText());
        assertFalse(v.get("detail").asText().isEmpty());
        assertTrue(v.get("text").asText().startsWith("A client must mask every frame"), v.get("text").asText());
    }

    private List<Path> inputs() throws Exception {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().forEach(all::add);
        }
        all.addAll(BrokenDumps.write(dir).values());
        return all;
    }

    /** The English phrases of {@code text}, after taking out the file's name and everything that came over the wire. */
    static List<String> englishIn(Path dump, String text) throws Exception {
        String words = text.replace(dump.getFileName().toString(), " ");
        for (String data : wireData(dump)) {
            // whole words only: a header's value "WebSocket" must not cut the token Sec-WebSocket-Key in two
            if (!words.contains(data)) {
                continue;
            }
            words = words.replaceAll("(?<![\\p{L}\\p{N}-])" + java.util.regex.Pattern.quote(data) + "(?![\\p{L}\\p{N}-])", " ");
        }
        // a quoted message text, cut with an ellipsis in a summary
        words = words.replaceAll("\"(\\\\.|[^\"\\\\])*\"…?", " ").replaceAll("«[^»]*»", " ");
        return EnglishWords.phrases(words);
    }

    /** Every field's value and literal name (data as it came, or a language-neutral value), longest first. */
    private static List<String> wireData(Path dump) throws Exception {
        Set<String> data = new LinkedHashSet<>();
        List<Message> messages = new ArrayList<>();
        Dissector dissector = new Dissector(messages::add);
        CaptureReader.streamConversation(dump, CaptureReader.Options.defaults(), -1, dissector, f -> { }, n -> { });
        dissector.finish();
        for (Message m : messages) {
            for (Field f : m.root().flatten()) {
                for (String s : new String[] {f.value(), f.name()}) {
                    if (s != null && s.length() > 1) {
                        data.add(s);
                    }
                }
            }
        }
        return data.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * Counts the English phrases in listings written before: {@code java … RussianDecodeTest DUMP LISTING …} prints
     * each phrase with how often it occurs, then the number of lines, of distinct phrases and of occurrences;
     * {@code … RussianDecodeTest --write-broken DIR} writes the broken conversations there first.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write-broken")) {
            BrokenDumps.write(Files.createDirectories(Path.of(args[1])));
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        int lines = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String listing = Files.readString(Path.of(args[i + 1]));
            lines += (int) listing.lines().count();
            for (String phrase : englishIn(Path.of(args[i]), listing)) {
                counts.merge(phrase, 1, Integer::sum);
            }
        }
        counts.forEach((phrase, n) -> System.out.println(n + "\t" + phrase));
        System.out.println(lines + " lines, " + counts.size() + " distinct English phrases, "
                + counts.values().stream().mapToInt(Integer::intValue).sum() + " occurrences");
    }
}
