package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.explain.Explanations;

/** A client's judgement of the server's answer to its offer, RFC 7692 §7.1. */
class DeflateAgreementTest {

    private static DeflateAgreement judge(String offer, String response) {
        DeflateOffer o = DeflateOffer.from(ExtensionOffer.parseAll(List.of(offer)).get(0)).orElseThrow();
        return DeflateAgreement.judge(o, ExtensionOffer.parseAll(List.of(response)).get(0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // offer | response | server no takeover, client no takeover, server bits, client bits
            "permessage-deflate | permessage-deflate | false, false, 15, 15",
            "permessage-deflate | permessage-deflate; server_max_window_bits=10 | false, false, 10, 15",
            "permessage-deflate | permessage-deflate; server_no_context_takeover; client_no_context_takeover | true, true, 15, 15",
            "permessage-deflate; server_max_window_bits=15 | permessage-deflate; server_max_window_bits=15 | false, false, 15, 15",
            "permessage-deflate; server_max_window_bits=10 | permessage-deflate; server_max_window_bits=9 | false, false, 9, 15",
            "permessage-deflate; client_max_window_bits | permessage-deflate; client_max_window_bits=9 | false, false, 15, 9",
            "permessage-deflate; client_max_window_bits=11 | permessage-deflate | false, false, 15, 11",
            "permessage-deflate; client_no_context_takeover | permessage-deflate | false, true, 15, 15",
    })
    void acceptsALegalAnswer(String offer, String response, String expected) {
        DeflateAgreement a = judge(offer, response);
        assertNull(a.problem());
        String[] e = expected.split(",\\s*");
        assertEquals(new DeflateParameters(Boolean.parseBoolean(e[0]), Boolean.parseBoolean(e[1]),
                Integer.parseInt(e[2]), Integer.parseInt(e[3])), a.parameters());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "permessage-deflate; server_max_window_bits=15 | permessage-deflate | server-bits-missing | §7.1.2.1",
            "permessage-deflate; server_max_window_bits=10 | permessage-deflate; server_max_window_bits=11 | server-bits-larger | §7.1.2.1",
            "permessage-deflate | permessage-deflate; client_max_window_bits=10 | client-bits-not-offered | §7.1.2.2",
            "permessage-deflate; client_max_window_bits=10 | permessage-deflate; client_max_window_bits=12 | client-bits-larger | §7.1.2.2",
            "permessage-deflate; client_max_window_bits | permessage-deflate; client_max_window_bits | bits-missing | §7.1.2",
            "permessage-deflate; server_no_context_takeover | permessage-deflate | server-no-context-takeover-missing | §7.1.1.1",
            "permessage-deflate | permessage-deflate; server_max_window_bits=16 | bits-invalid | §7.1.2",
            "permessage-deflate | permessage-deflate; server_no_context_takeover=yes | flag-value | §7.1.1",
            "permessage-deflate | permessage-deflate; server_no_context_takeover; server_no_context_takeover | repeated | §7",
            "permessage-deflate | permessage-deflate; x=1 | unknown | §7",
    })
    void namesTheRuleAnIllegalAnswerBreaks(String offer, String response, String what, String section) {
        DeflateAgreement a = judge(offer, response);
        assertNull(a.parameters());
        assertEquals("deflate-answer." + what, a.problem().key());
        for (String language : new String[] {"en", "ru"}) {
            String sentence = Explanations.forLanguage(language).phrase(a.problem());
            assertTrue(sentence.endsWith("(RFC 7692 " + section + ")") && !sentence.contains("{"), sentence);
        }
    }
}
