package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseCodeTest {

    @ParameterizedTest(name = "{0}: {1}, allowed on wire={2}, range={3}")
    @CsvSource({
            "0, , false, unused",
            "999, , false, unused",
            "1000, NORMAL_CLOSURE, true, protocol",
            "1001, GOING_AWAY, true, protocol",
            "1002, PROTOCOL_ERROR, true, protocol",
            "1003, UNSUPPORTED_DATA, true, protocol",
            "1004, RESERVED_1004, false, protocol",
            "1005, NO_STATUS_RECEIVED, false, protocol",
            "1006, ABNORMAL_CLOSURE, false, protocol",
            "1007, INVALID_PAYLOAD_DATA, true, protocol",
            "1008, POLICY_VIOLATION, true, protocol",
            "1009, MESSAGE_TOO_BIG, true, protocol",
            "1010, MANDATORY_EXTENSION, true, protocol",
            "1011, INTERNAL_ERROR, true, protocol",
            "1012, SERVICE_RESTART, true, protocol",
            "1013, TRY_AGAIN_LATER, true, protocol",
            "1014, BAD_GATEWAY, true, protocol",
            "1015, TLS_HANDSHAKE, false, protocol",
            "1016, , false, protocol",
            "2999, , false, protocol",
            "3000, , true, registered",
            "3999, , true, registered",
            "4000, , true, private",
            "4999, , true, private",
            "5000, , false, invalid",
            "65535, , false, invalid",
            "-1, , false, invalid",
    })
    void closeCodeTable(int code, CloseCode named, boolean allowed, String range) {
        assertEquals(Optional.ofNullable(named), CloseCode.of(code));
        assertEquals(allowed, CloseCode.isAllowedOnWire(code));
        assertEquals(range, CloseCode.range(code));
    }

    @Test
    void everyConstantHasItsOwnCode() {
        for (CloseCode c : CloseCode.values()) {
            assertEquals(Optional.of(c), CloseCode.of(c.code()));
        }
    }
}
