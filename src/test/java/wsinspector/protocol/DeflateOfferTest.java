package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offers read strictly (RFC 7692 §7): an invalid one is no offer. */
class DeflateOfferTest {

    private static Optional<DeflateOffer> offer(String header) {
        return DeflateOffer.from(ExtensionOffer.parseAll(List.of(header)).get(0));
    }

    @Test
    void readsEveryParameter() {
        assertEquals(Optional.of(new DeflateOffer(true, true, 10, 12)), offer("Permessage-Deflate; SERVER_NO_CONTEXT_TAKEOVER;"
                + " client_no_context_takeover; server_max_window_bits=\"10\"; client_max_window_bits=12"));
        assertEquals(Optional.of(DeflateOffer.PLAIN), offer("permessage-deflate"));
    }

    @Test
    void tellsAClientMaxWindowBitsWithoutValueFromNone() {
        assertEquals(DeflateOffer.NO_VALUE, offer("permessage-deflate; client_max_window_bits").orElseThrow().clientMaxWindowBits());
        assertEquals(DeflateOffer.ABSENT, offer("permessage-deflate").orElseThrow().clientMaxWindowBits());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x-webkit-deflate-frame",
            "permessage-deflate; server_max_window_bits",
            "permessage-deflate; server_max_window_bits=7",
            "permessage-deflate; server_max_window_bits=16",
            "permessage-deflate; server_max_window_bits=010",
            "permessage-deflate; client_max_window_bits=8a",
            "permessage-deflate; server_no_context_takeover=1",
            "permessage-deflate; client_no_context_takeover; client_no_context_takeover",
            "permessage-deflate; server_max_window_bits=10; Server_Max_Window_Bits=10",
            "permessage-deflate; mux",
    })
    void declinesAnInvalidOffer(String header) {
        assertEquals(Optional.empty(), offer(header));
    }

    @Test
    void writesItselfBackInTheRfcOrder() {
        for (String h : List.of("permessage-deflate", "permessage-deflate; client_max_window_bits",
                "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=8;"
                        + " client_max_window_bits=9")) {
            assertEquals(h, offer(h).orElseThrow().toHeaderValue());
        }
    }
}
