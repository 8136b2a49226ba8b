package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.explain.Explanations;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * The live panes say a broken rule as the inspector and decode do (finding S14): whole sentences, several verdicts
 * one after the other, never "…(protocol error). (RFC 6455 §5.1): …" nor "…§5.1.; …".
 */
class ConnectionVerdictsTest {
    private static final Explanations RUSSIAN = Explanations.forLanguage("ru");
    private static final Explanations ENGLISH = Explanations.forLanguage("en");

    @Test
    void aBrokenRuleReadsAsTheInspectorSaysIt() {
        Problem p = Problem.of(FrameRule.SERVER_FRAME_MASKED, 1, "frame.mask");
        assertEquals(RUSSIAN.verdict(p), RUSSIAN.phrase(ConnectionWords.verdict(p)));
        assertEquals("сервер нарушил правило: Сервер не должен маскировать свои фреймы; клиент должен закрыть соединение с "
                        + "кодом 1002 (ошибка протокола). Здесь: бит маски равен 1 во фрейме от сервера. См. RFC 6455 §5.1.",
                RUSSIAN.phrase(Phrase.of("net.client.broke", ConnectionWords.verdict(p))));
    }

    @Test
    void severalBrokenRulesFollowOneAnother() {
        Problem method = Problem.of(HandshakeRule.REQUEST_METHOD_NOT_GET, 0, null, "POST");
        Problem host = new Problem(HandshakeRule.REQUEST_HOST_MISSING, -1, null, Phrase.of("detail.header.absent", "Host"));
        for (Explanations words : List.of(RUSSIAN, ENGLISH)) {
            assertEquals(words.verdict(method) + " " + words.verdict(host),
                    words.phrase(ConnectionWords.verdicts(List.of(method, host))));
        }
    }
}
