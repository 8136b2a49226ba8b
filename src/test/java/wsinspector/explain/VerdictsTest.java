package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import wsinspector.legacy.LegacyRule;
import wsinspector.dissect.InferenceRule;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * Every rule the decoders can report has its verdict ({@code verdict.<id>}) in English and in Russian,
 * so a broken rule is explained in the reader’s language rather than by the English summary.
 */
class VerdictsTest {
    private static final Properties EN = load("/wsinspector/explain/Explanations.properties");
    private static final Properties RU = load("/wsinspector/explain/Explanations_ru.properties");

    /** Every implementation of Rule, listed explicitly: a new rule enum must be added here. */
    private static List<Rule> allRules() {
        return Stream.of(FrameRule.values(), HandshakeRule.values(), LegacyRule.values(), InferenceRule.values())
                .<Rule>flatMap(Stream::of).toList();
    }

    @Test
    void everyRuleHasAVerdictInBothLanguages() {
        // The files themselves, not ResourceBundle: the Russian bundle would fall back to the English text.
        List<String> missingInEnglish = missingIn(EN);
        List<String> missingInRussian = missingIn(RU);
        assertTrue(missingInEnglish.isEmpty() && missingInRussian.isEmpty(),
                "missing in English: " + missingInEnglish + "; missing in Russian: " + missingInRussian);
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = allRules().stream().map(Rule::id).filter(id -> !seen.add(id)).toList();
        assertEquals(List.of(), repeated, "two rules would share one verdict key");
    }

    @Test
    void verdictsDoNotRepeatTheirSection() {
        // Explanations.verdict ends with "See <section>.", so a section inside the text would show twice.
        List<String> repeating = new ArrayList<>();
        for (Rule rule : allRules()) {
            for (Properties bundle : List.of(EN, RU)) {
                String text = bundle.getProperty("verdict." + rule.id(), "");
                if (text.contains(rule.section()) || text.contains("§")) {
                    repeating.add(rule.id());
                }
            }
        }
        assertEquals(List.of(), repeating);
    }

    @Test
    void russianVerdictIsShownWithDetailAndSection() {
        Problem problem = Problem.of(FrameRule.CLIENT_FRAME_UNMASKED, 1, "frame.mask");
        assertEquals(RU.getProperty("verdict.client-frame-unmasked") + " Здесь: "
                        + RU.getProperty("detail.client-frame-unmasked") + ". См. RFC 6455 §5.1.",
                Explanations.forLanguage("ru").verdict(problem));
    }

    private static List<String> missingIn(Properties bundle) {
        return allRules().stream().map(rule -> "verdict." + rule.id())
                .filter(key -> bundle.getProperty(key) == null).toList();
    }

    private static Properties load(String resource) {
        try (InputStream in = VerdictsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
