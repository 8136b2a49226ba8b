package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpcodeTest {

    @ParameterizedTest(name = "0x{0}: {1}, control={2}, reserved={3}")
    @CsvSource({
            "0, CONTINUATION, false, false",
            "1, TEXT, false, false",
            "2, BINARY, false, false",
            "3, , false, true",
            "7, , false, true",
            "8, CLOSE, true, false",
            "9, PING, true, false",
            "A, PONG, true, false",
            "B, , true, true",
            "F, , true, true",
    })
    void opcodeTable(String hex, Opcode expected, boolean control, boolean reserved) {
        int code = Integer.parseInt(hex, 16);
        assertEquals(Optional.ofNullable(expected), Opcode.of(code));
        assertEquals(control, Opcode.isControl(code));
        assertEquals(reserved, Opcode.isReserved(code));
        if (expected != null) {
            assertEquals(code, expected.code());
        }
    }

    @ParameterizedTest
    @CsvSource({"-1", "16", "255"})
    void outOfRangeCodesHaveNoOpcode(int code) {
        assertTrue(Opcode.of(code).isEmpty());
    }
}
