package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import wsinspector.dissect.Message;

class HeaderBitsTest {
    private final HeaderBits bits = HeaderBits.of(Samples.clientFrame(Samples.MASKED_HELLO)); // 81 85 …

    @Test
    void sixteenBitsWithTheValuesOfTheTwoBytes() {
        assertEquals("1000000110000101", String.join("", bits.bits().stream().map(b -> Integer.toString(b.value())).toList()));
    }

    @ParameterizedTest
    @CsvSource({"0, frame.fin", "1, frame.rsv1", "2, frame.rsv2", "3, frame.rsv3", "4, frame.opcode", "7, frame.opcode",
            "8, frame.mask", "9, frame.length7", "15, frame.length7"})
    void eachBitBelongsToItsField(int bit, String key) {
        assertEquals(key, bits.fieldAt(bit).key());
    }

    @Test
    void groupsFollowTheDiagramOfTheRfc() {
        assertEquals(List.of(1, 1, 1, 1, 4, 1, 7), bits.groups().stream().map(HeaderBits.Group::count).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 8, 9), bits.groups().stream().map(HeaderBits.Group::first).toList());
    }

    @Test
    void handshakeHasNoHeaderBits() {
        Message request = Samples.conversation().get(0);
        assertTrue(HeaderBits.of(request).isEmpty());
    }

    @Test
    void aOneByteFrameHasOnlyItsFirstEightBits() {
        Message cut = Samples.clientFrame(Samples.hex("81")); // the stream ends inside the header
        assertTrue(HeaderBits.of(cut).bits().size() <= 8);
    }
}
