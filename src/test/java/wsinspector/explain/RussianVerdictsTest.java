package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
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
    private static final Properties RU = VerdictSamples.RU;
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
            List<Phrase> details = new ArrayList<>(VerdictSamples.detailsOf(rule));
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
                List<String> found = EnglishWords.phrases(RUSSIAN.phrase(VerdictSamples.sample(key)));
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
}
