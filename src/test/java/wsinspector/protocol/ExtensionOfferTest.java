package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionOfferTest {

    @Test
    void twoOffersOfPermessageDeflate() {
        // RFC 7692 §5.1 style: the client offers two configurations, the second with a quoted value.
        List<ExtensionOffer> offers = ExtensionOffer.parseAll(List.of(
                "permessage-deflate; client_max_window_bits, permessage-deflate; server_max_window_bits=\"10\""));
        assertEquals(List.of(
                new ExtensionOffer("permessage-deflate", Map.of("client_max_window_bits", "")),
                new ExtensionOffer("permessage-deflate", Map.of("server_max_window_bits", "10"))), offers);
    }

    @Test
    void offersOfSeveralLinesAreJoinedInOrder() {
        List<ExtensionOffer> offers = ExtensionOffer.parseAll(List.of("a; p=1; q", "b"));
        assertEquals(List.of("a", "b"), offers.stream().map(ExtensionOffer::name).toList());
        assertEquals(List.of("p", "q"), List.copyOf(offers.get(0).params().keySet()));
        assertEquals("1", offers.get(0).params().get("p"));
    }

    @Test
    void quotedStringMayHoldCommasSemicolonsAndEscapes() {
        List<ExtensionOffer> offers = ExtensionOffer.parseAll(List.of("x; v=\"a,b;c \\\"d\\\"\", y"));
        assertEquals("a,b;c \"d\"", offers.get(0).params().get("v"));
        assertEquals("y", offers.get(1).name());
    }

    @Test
    void toHeaderValueWritesTokensBareAndQuotesTheRest() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("server_no_context_takeover", "");
        params.put("client_max_window_bits", "12");
        params.put("note", "a b");
        assertEquals("permessage-deflate; server_no_context_takeover; client_max_window_bits=12; note=\"a b\"",
                new ExtensionOffer("permessage-deflate", params).toHeaderValue());
    }

    @Test
    void toHeaderValueParsesBackToTheSameOffer() {
        ExtensionOffer offer = new ExtensionOffer("x", Map.of("q", "say \"hi\""));
        assertEquals(List.of(offer), ExtensionOffer.parseAll(List.of(offer.toHeaderValue())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",,,", ";;;", "=\"", "a; =1", "a; p=\"unterminated", "a; p=\\", "\"x\", b", "a b; c"})
    void brokenValuesNeverThrow(String value) {
        assertDoesNotThrow(() -> ExtensionOffer.parseAll(List.of(value)));
    }

    @Test
    void skipsWhatIsNotATokenAndKeepsTheRest() {
        assertEquals(List.of(new ExtensionOffer("a", Map.of("p", "1"))), ExtensionOffer.parseAll(List.of("; a; =x; p=1")));
    }

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(9);
        String alphabet = "ab=;,\" \\\t";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertDoesNotThrow(() -> ExtensionOffer.parseAll(List.of(sb.toString())).forEach(ExtensionOffer::toHeaderValue));
        }
    }

    @Test
    void keepsTheFirstOfARepeatedParameterAndNamesTheRepeats() {
        ExtensionOffer offer = ExtensionOffer.parseAll(List.of("permessage-deflate; a=1; A=2; b; a")).get(0);
        assertEquals(Map.of("a", "1", "b", ""), offer.params());
        assertEquals(List.of("A", "a"), offer.repeated(), "names compared ignoring case (RFC 7692 §7 refuses repeats)");
    }
}
