package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubprotocolNegotiationTest {

    @Test
    void clientPreferenceWins() {
        assertEquals(Optional.of("chat"), SubprotocolNegotiation.choose(List.of("chat", "superchat"), List.of("superchat", "chat")));
    }

    @Test
    void firstSupportedOfferIsChosen() {
        assertEquals(Optional.of("superchat"), SubprotocolNegotiation.choose(List.of("chat", "superchat"), List.of("superchat")));
    }

    @Test
    void nothingInCommonChoosesNothing() {
        assertEquals(Optional.empty(), SubprotocolNegotiation.choose(List.of("chat"), List.of("mqtt")));
    }

    @Test
    void namesAreCaseSensitive() {
        assertEquals(Optional.empty(), SubprotocolNegotiation.choose(List.of("Chat"), List.of("chat")));
    }
}
