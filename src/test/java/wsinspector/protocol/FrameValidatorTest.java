package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wsinspector.protocol.Hex.bytes;
import static wsinspector.protocol.Hex.concat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.protocol.FrameValidator.Role;

/** Valid frames give no problem (the rule-breaking cases are in {@link FrameRuleTest}). */
class FrameValidatorTest {

    private static List<Problem> validate(byte[] frame, Role role, boolean deflate) {
        List<DecodedFrame> frames = FrameDecoderTest.decode(frame);
        assertEquals(1, frames.size());
        return FrameValidator.validate(frames.get(0), role, deflate);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "810548656c6c6f, SERVER, false", // unmasked text "Hello"
            "818537fa213d7f9f4d5158, CLIENT, false", // masked text "Hello"
            "010348656c, SERVER, false", // first fragment
            "80026c6f, SERVER, false", // last fragment
            "890548656c6c6f, SERVER, false", // unmasked ping
            "8a8537fa213d7f9f4d5158, CLIENT, false", // masked pong
            "880203e8, SERVER, false", // close 1000
            "888237fa213d3412, CLIENT, false", // masked close 1000
            "8800, SERVER, false", // close without body
            "880d0fa0cebae1bdb9cf83cebcceb5, SERVER, false", // close 4000 "κόσμε"
            "c107f248cdc9c90700, SERVER, true", // compressed "Hello"
            "4103f248cd, SERVER, true", // first fragment of a compressed message
            "810548656c6c6f, UNKNOWN, false",
            "818537fa213d7f9f4d5158, UNKNOWN, false",
    })
    void validFramesHaveNoProblem(String hex, Role role, boolean deflate) {
        assertEquals(List.of(), validate(bytes(hex), role, deflate));
    }

    @Test
    void aMinimal16BitAnd64BitLengthAreFine() {
        assertEquals(List.of(), validate(concat(bytes("827e007e"), new byte[126]), Role.SERVER, false));
        assertEquals(List.of(), validate(concat(bytes("827f0000000000010000"), new byte[65536]), Role.SERVER, false));
    }

    @Test
    void aControlFrameOf125BytesIsFine() {
        assertEquals(List.of(), validate(concat(bytes("897d"), new byte[125]), Role.SERVER, false));
    }

    @Test
    void anUnmaskedClientFrameIsReportedOnTheMaskBit() {
        Problem p = validate(bytes("810548656c6c6f"), Role.CLIENT, false).get(0);
        assertEquals(FrameRule.CLIENT_FRAME_UNMASKED, p.rule());
        assertEquals(1, p.offset());
        assertEquals("frame.mask", p.field());
        assertEquals(Phrase.of("detail.client-frame-unmasked"), p.detail());
    }

    @Test
    void aReservedOpcodeNamesTheOpcode() {
        Problem p = validate(bytes("8b00"), Role.SERVER, false).get(0);
        assertEquals(FrameRule.RESERVED_OPCODE, p.rule());
        assertEquals("frame.opcode", p.field());
        assertEquals(Phrase.of("detail.reserved-opcode", "0xB"), p.detail());
    }

    /**
     * A 64-bit length with its top bit set, cut after its payload's first bytes: the whole header came, so the detail
     * is not "the stream ended inside the frame header" (as `decode --lang ru` said) but the length that was promised.
     */
    @Test
    void aCutFrameWithAnImpossibleLengthSaysTheLengthNotACutHeader() {
        Problem cut = validate(bytes("81ff8000000000000005" + "48656c6c6f"), Role.SERVER, false).stream()
                .filter(p -> p.rule() == FrameRule.FRAME_TRUNCATED).findFirst().orElseThrow();
        assertEquals(Phrase.of("detail.frame-truncated.length", 15L, "9223372036854775813"), cut.detail());
    }

    @Test
    void aTruncatedCloseBodyIsOnlyTruncated() {
        List<Problem> problems = validate(bytes("880403e8ce"), Role.SERVER, false); // ends inside "κ"
        assertEquals(List.of(FrameRule.FRAME_TRUNCATED), problems.stream().map(Problem::rule).toList());
    }
}
