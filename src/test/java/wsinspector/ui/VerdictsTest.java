package wsinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Problem;

/** Every pane marks an error as an error and a warning or remark as what it is (step texts, builder, inspector). */
class VerdictsTest {
    private final I18n russian = new I18n(I18n.RUSSIAN);

    @Test
    void anErrorGetsTheWarningSign() {
        Problem error = new Problem(HandshakeRule.REQUEST_METHOD_NOT_GET, 0, null, null);
        assertEquals("⚠ " + russian.explanations().verdict(error), Verdicts.marked(russian, error));
    }

    @Test
    void aWarningIsNamedAsOneWithTheWarningSign() {
        Problem warning = new Problem(HandshakeRule.HEAD_BARE_LF, 0, null, null);
        assertEquals("⚠ Предупреждение. " + russian.explanations().verdict(warning), Verdicts.marked(russian, warning));
    }
}
