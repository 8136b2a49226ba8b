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

    /** draft-hixie-76 §5.2's example: Key1, Key2, key3 and the server's MD5 answer. */
    static final byte[] HIXIE_REQUEST = concat(ascii("GET /demo HTTP/1.1\r\nHost: example.com\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\nSec-WebSocket-Protocol: sample\r\nUpgrade: WebSocket\r\n"
            + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\nOrigin: http://example.com\r\n\r\n"), ascii("^n:ds[4U"));
    static final byte[] HIXIE_RESPONSE = concat(ascii("HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Origin: http://example.com\r\n"
            + "Sec-WebSocket-Location: ws://example.com/demo\r\nSec-WebSocket-Protocol: sample\r\n\r\n"),
            ascii("8jKS'y:G*Co,Wxa-"));
    static final byte[] LEGACY_HELLO = hex("00 48 65 6c 6c 6f ff"); // the notes' framing: text "Hello"

    private Samples() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
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

    /** A hixie-76 handshake and "Hello" in the draft framing both ways. */
    /** The course notes' conversation as a client that is no browser sends it: without Origin. */
    static List<Message> conversationWithoutOrigin() {
        byte[] request = ascii(new String(REQUEST, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("Origin: https://mai.ru\r\n", ""));
        return Dissector.dissect(List.of(Chunk.of(C2S, request), Chunk.of(S2C, RESPONSE))).messages();
    }

    static List<Message> hixieConversation() {
        return Dissector.dissect(List.of(Chunk.of(C2S, HIXIE_REQUEST), Chunk.of(S2C, HIXIE_RESPONSE),
                Chunk.of(C2S, LEGACY_HELLO), Chunk.of(S2C, LEGACY_HELLO))).messages();
    }

    /** The notes' handshake with permessage-deflate agreed, then "Hello" compressed (RFC 7692 §7.2.3.1). */
    static List<Message> deflateConversation() {
        byte[] request = ascii(new String(REQUEST, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"));
        byte[] response = ascii(new String(RESPONSE, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"));
        return Dissector.dissect(List.of(Chunk.of(C2S, request), Chunk.of(S2C, response),
                Chunk.of(S2C, hex("c1 07 f2 48 cd c9 c9 07 00")))).messages(); // "Hello" compressed
    }
}
