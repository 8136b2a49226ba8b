package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
    private static final Properties RU = VerdictSamples.RU;
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
                List<Phrase> details = new ArrayList<>(VerdictSamples.detailsOf(rule));
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
        Properties en = VerdictSamples.load("/wsinspector/explain/Explanations.properties");
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
    void theUnmaskedClientFrameReadsAsIntendedInBothLanguages() {
        Problem p = Problem.of(FrameRule.CLIENT_FRAME_UNMASKED, 1, "frame.mask");
        assertEquals("Клиент обязан маскировать каждый отправляемый фрейм; сервер должен закрыть соединение с кодом 1002 "
                        + "(ошибка протокола). Здесь: бит маски равен 0 во фрейме от клиента. См. RFC 6455 §5.1.",
                Explanations.forLanguage("ru").verdict(p));
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
                        + "отсекает страницы чужих сайтов, с таким запросом ничего проверить не может. Здесь: нет поля заголовка "
                        + "Origin. См. RFC 6455 §4.1.",
                Explanations.forLanguage("ru").weighed(noOrigin));
        assertTrue(Explanations.forLanguage("en").weighed(noOrigin)
                        .startsWith("Remark: Browsers always send Origin")
                        && Explanations.forLanguage("en").weighed(noOrigin)
                        .endsWith(" Here: no Origin header field. See RFC 6455 §4.1."),
                Explanations.forLanguage("en").weighed(noOrigin));
    }
}
