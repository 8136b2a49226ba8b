package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"48 65 6c 6c 6f", "48656C6C6F", "0x48,0x65,0x6c,0x6c,0x6f", "48:65:6c:6c:6f", " 48 65\n6c 6c 6f "})
    void readsHexInTheFormsPeopleType(String typed) {
        assertArrayEquals(HexFormat.of().parseHex("48656c6c6f"), HexInput.parse(typed).orElseThrow()); // Hello
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "48 6", "zz", "48 65 6g", "Hello"})
    void rejectsWhatIsNotWholeHexPairs(String typed) {
        assertTrue(HexInput.parse(typed).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"37 fa 21", "37 fa 21 3d 00", ""})
    void aMaskingKeyIsExactlyFourBytes(String typed) {
        assertTrue(HexInput.maskingKey(typed).isEmpty());
    }
}
