package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;

class ProblemPlacesTest {
    @ParameterizedTest
    @CsvSource({
        "a3 85 37 fa 21 3d 7f 9f 4d 51 58, reserved-opcode, frame.opcode",      // opcode 3 in a server frame
        "a3 85 37 fa 21 3d 7f 9f 4d 51 58, rsv-without-extension, frame.rsv2",  // RSV2 set
        "a3 85 37 fa 21 3d 7f 9f 4d 51 58, server-frame-masked, frame.mask",    // MASK set by a server
        "09 00, control-frame-fragmented, frame.fin",                          // a ping with FIN 0
    })
    void aBitRuleIsShownAtTheBitItIsAbout(String frame, String rule, String key) {
        Message m = Samples.serverFrame(Samples.hex(frame));
        ProblemPlaces places = ProblemPlaces.of(m);
        Problem p = m.problems().stream().filter(x -> x.rule().id().equals(rule)).findFirst().orElseThrow();
        assertEquals(key, places.fieldOf(p).key());
    }

    @ParameterizedTest
    @CsvSource({"81 05 48 65 6c 6c 6f, client-frame-unmasked, frame.mask"}) // a client frame without a mask
    void clientRulesToo(String frame, String rule, String key) {
        Message m = Samples.clientFrame(Samples.hex(frame));
        Problem p = m.problems().stream().filter(x -> x.rule().id().equals(rule)).findFirst().orElseThrow();
        assertEquals(key, ProblemPlaces.of(m).fieldOf(p).key());
    }
}
