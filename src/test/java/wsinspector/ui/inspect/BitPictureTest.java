package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitPictureTest {
    @ParameterizedTest
    @CsvSource({
        "0x81, 0, 1, '1... ....'",  // FIN of a text frame
        "0x81, 4, 4, '.... 0001'",  // opcode 1
        "0xc1, 1, 1, '.1.. ....'",  // RSV1 of a compressed frame
        "0x85, 1, 7, '.000 0101'",  // payload length 5
        "0x85, 0, 1, '1... ....'",  // MASK
    })
    void picturesTheFieldsBitsInItsByte(String byteValue, int bitOffset, int bitLength, String picture) {
        assertEquals(picture, BitPicture.of(Integer.decode(byteValue), bitOffset, bitLength));
    }
}
