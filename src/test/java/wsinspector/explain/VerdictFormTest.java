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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.InferenceRule;
import wsinspector.legacy.LegacyRule;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * Every verdict reads as whole sentences in both languages (finding S14): the rule's sentence, what was seen here as
 * a sentence of its own, then where the rule is written. Before, the section and the detail dangled after the rule's
 * full stop: «…(ошибка протокола). (RFC 6455 §5.1): бит маски равен 0 во фрейме от клиента».
 */
class VerdictFormTest {
    private static final Properties RU = load("/wsinspector/explain/Explanations_ru.properties");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");
    /** A full stop followed by a parenthesis, a colon or a semicolon, or two full stops: a fragment after a sentence. */
    private static final Pattern FRAGMENT = Pattern.compile("\\.\\s*[(:;]|\\.\\.");

    private static List<Rule> allRules() {
        return Stream.of(FrameRule.values(), HandshakeRule.values(), LegacyRule.values(), InferenceRule.values())
                .<Rule>flatMap(Stream::of).toList();
    }

    @Test
    void everyVerdictWithEveryDetailIsWellFormedInBothLanguages() {
        List<String> malformed = new ArrayList<>();
        int rendered = 0;
        for (String language : List.of("en", "ru")) {
            Explanations words = Explanations.forLanguage(language);
            for (Rule rule : allRules()) {
                List<Phrase> details = new ArrayList<>(detailsOf(rule));
                details.add(null); // a problem that says no more than its rule
                for (Phrase detail : details) {
                    Problem p = new Problem(rule, 0, null, detail);
                    for (String text : List.of(words.verdict(p), words.weighed(p))) {
                        rendered++;
                        if (FRAGMENT.matcher(text).find() || !text.endsWith(".")
                                || !text.endsWith(rule.section() + ".") || text.contains(" .")) {
                            malformed.add(language + " " + rule.id() + (detail == null ? "" : " " + detail.key())
                                    + ": " + text);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), malformed);
        assertTrue(rendered > allRules().size() * 8, rendered + " verdicts rendered");
    }

    @Test
    void theRulesOwnSentencesEndWithAFullStop() {
        Properties en = load("/wsinspector/explain/Explanations.properties");
        List<String> open = new ArrayList<>();
        for (Rule rule : allRules()) {
            for (Properties bundle : List.of(en, RU)) {
                String text = bundle.getProperty("verdict." + rule.id(), "");
                if (!text.endsWith(".")) {
                    open.add(rule.id() + ": " + text);
                }
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void theUnmaskedClientFrameReadsAsIntendedInRussian() {
        Problem p = Problem.of(FrameRule.CLIENT_FRAME_UNMASKED, 1, "frame.mask");
        assertEquals("Клиент обязан маскировать каждый отправляемый фрейм; сервер должен закрыть соединение с кодом 1002 "
                        + "(ошибка протокола). Здесь: бит маски равен 0 во фрейме от клиента. См. RFC 6455 §5.1.",
                Explanations.forLanguage("ru").verdict(p));
    }

    @Test
    void theUnmaskedClientFrameReadsAsIntendedInEnglish() {
        Problem p = Problem.of(FrameRule.CLIENT_FRAME_UNMASKED, 1, "frame.mask");
        assertEquals("A client must mask every frame it sends; the server must close the connection with code 1002 "
                        + "(protocol error). Here: the mask bit is 0 in a frame from the client. See RFC 6455 §5.1.",
                Explanations.forLanguage("en").verdict(p));
    }

    @Test
    void aRemarkIsLedByItsWeightInEachLanguagesOwnWay() {
        Problem noOrigin = new Problem(HandshakeRule.ORIGIN_MISSING, -1, null, Phrase.of("detail.header.absent", "Origin"));
        assertTrue(noOrigin.severity().isRemark());
        assertEquals("Замечание. Браузеры всегда отправляют Origin, значит, этот запрос пришёл не от браузера, а от другой "
                        + "программы (консольного клиента, сервера, теста). Это допустимо, но сервер, который по Origin "
                        + "отсекает страницы чужих сайтов, здесь ничего проверить не может. Здесь: нет поля заголовка "
                        + "Origin. См. RFC 6455 §4.1.",
                Explanations.forLanguage("ru").weighed(noOrigin));
        assertTrue(Explanations.forLanguage("en").weighed(noOrigin)
                        .startsWith("Remark: Browsers always send Origin")
                        && Explanations.forLanguage("en").weighed(noOrigin)
                        .endsWith(" Here: no Origin header field. See RFC 6455 §4.1."),
                Explanations.forLanguage("en").weighed(noOrigin));
    }

    /** The rule's own details, {@code detail.<id>} and {@code detail.<id>.<variant>}, with sample arguments. */
    private static List<Phrase> detailsOf(Rule rule) {
        String own = "detail." + rule.id();
        return RU.stringPropertyNames().stream().filter(k -> k.equals(own) || k.startsWith(own + "."))
                .sorted().map(VerdictFormTest::sample).toList();
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
        try (InputStream in = VerdictFormTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
