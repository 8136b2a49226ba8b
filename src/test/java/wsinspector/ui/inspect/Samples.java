package wsinspector.ui.inspect;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/** Real bytes for the inspector's tests, dissected as the window would. */
final class Samples {
    static final Direction C2S = Direction.CLIENT_TO_SERVER;
    static final Direction S2C = Direction.SERVER_TO_CLIENT;

    /** The course notes' request (with the HTTP version the notes drop) and its answer. */
    static final byte[] REQUEST = ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\nOrigin: https://mai.ru\r\n"
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n");
    static final byte[] RESPONSE = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n");
    static final byte[] MASKED_HELLO = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"); // RFC 6455 §5.7: masked text "Hello", key 37fa213d
    static final byte[] HELLO = hex("81 05 48 65 6c 6c 6f"); // unmasked text "Hello"

    private Samples() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The single message these client bytes make. */
    static Message clientFrame(byte[] bytes) {
        return Dissector.dissect(List.of(Chunk.of(C2S, bytes))).messages().get(0);
    }

    static Message serverFrame(byte[] bytes) {
        return Dissector.dissect(List.of(Chunk.of(S2C, bytes))).messages().get(0);
    }

    /** Request, response, the masked "Hello" and its echo. */
    static List<Message> conversation() {
        return Dissector.dissect(List.of(Chunk.of(C2S, REQUEST), Chunk.of(S2C, RESPONSE), Chunk.of(C2S, MASKED_HELLO),
                Chunk.of(S2C, HELLO))).messages();
    }
}
