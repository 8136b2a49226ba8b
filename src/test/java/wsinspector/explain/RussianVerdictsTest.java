package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import wsinspector.legacy.LegacyRule;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * Every verdict rendered in Russian, with every variant of its detail and sample arguments, holds no English
 * sentence: only Russian words and protocol tokens (header names, opcodes, RFC, UTF-8, hex).
 */
class RussianVerdictsTest {
    private static final Properties RU = load("/wsinspector/explain/Explanations_ru.properties");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");
    private static final Explanations RUSSIAN = Explanations.forLanguage("ru");

    private static List<Rule> allRules() {
        return Stream.of(FrameRule.values(), HandshakeRule.values(), LegacyRule.values())
                .<Rule>flatMap(Stream::of).toList();
    }

    @Test
    void everyRuleWithEveryDetailReadsInRussian() {
        Map<String, List<String>> english = new TreeMap<>();
        int rendered = 0;
        for (Rule rule : allRules()) {
            List<Phrase> details = new ArrayList<>(detailsOf(rule));
            details.add(null); // a problem that says no more than its rule
            for (Phrase detail : details) {
                String text = RUSSIAN.verdict(new Problem(rule, 0, null, detail));
                rendered++;
                List<String> found = EnglishWords.phrases(text);
                if (!found.isEmpty()) {
                    english.put(rule.id() + (detail == null ? "" : " " + detail.key()), found);
                }
            }
        }
        assertEquals(Map.of(), english);
        assertTrue(rendered > allRules().size() * 2, rendered + " verdicts rendered");
    }

    @Test
    void everySharedDetailAndSummaryReadsInRussian() {
        Map<String, List<String>> english = new TreeMap<>();
        for (String key : RU.stringPropertyNames()) {
            if (key.startsWith("detail.") || key.startsWith("summary.") || key.startsWith("severity.")
                    || key.startsWith("cli.")) {
                List<String> found = EnglishWords.phrases(RUSSIAN.phrase(sample(key)));
                if (!found.isEmpty()) {
                    english.put(key, found);
                }
            }
        }
        assertEquals(Map.of(), english);
    }

    @Test
    void aPhraseArgumentIsTranslatedToo() {
        Problem p = Problem.of(FrameRule.CONTROL_FRAME_FRAGMENTED, 0, "frame.fin", Phrase.of("opcode.9"));
        assertTrue(RUSSIAN.detail(p).contains(RU.getProperty("opcode.9")), RUSSIAN.detail(p));
        assertTrue(RUSSIAN.verdict(p).contains(" " + RUSSIAN.detail(p) + ". "), RUSSIAN.verdict(p));
    }

    @Test
    void numbersAreWrittenInPlainDigits() {
        Problem p = Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", 0, null, 16777216L);
        assertTrue(RUSSIAN.detail(p).contains("16777216"), RUSSIAN.detail(p));
    }

    @Test
    void severitiesHaveRussianNames() {
        for (Rule.Severity s : Rule.Severity.values()) {
            assertTrue(EnglishWords.phrases(RUSSIAN.severity(s)).isEmpty(), RUSSIAN.severity(s));
        }
    }

    /** The rule's own details, {@code detail.<id>} and {@code detail.<id>.<variant>}, with sample arguments. */
    private static List<Phrase> detailsOf(Rule rule) {
        String own = "detail." + rule.id();
        return RU.stringPropertyNames().stream().filter(k -> k.equals(own) || k.startsWith(own + "."))
                .sorted().map(RussianVerdictsTest::sample).toList();
    }

    /** The key with as many arguments as its pattern has: numbers, and a translated word for the first. */
    private static Phrase sample(String key) {
        Matcher m = ARG.matcher(RU.getProperty(key));
        int count = 0;
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i == 0 ? Phrase.of("opcode.9") : Integer.valueOf(i * 7);
        }
        return Phrase.of(key, args);
    }

    private static Properties load(String resource) {
        try (InputStream in = RussianVerdictsTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
