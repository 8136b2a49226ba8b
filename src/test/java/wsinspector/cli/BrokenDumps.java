package wsinspector.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Conversations that break as many rules as possible, as plain-hex dumps with direction markers: every frame rule
 * of RFC 6455 and RFC 7692, the handshake rules of both sides, a malformed head, and hixie-76 framing. Masked frames
 * use the key 00 00 00 00, so their payload bytes read as they are.
 */
final class BrokenDumps {
    private static final String KEY = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    private static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\n" + KEY + "Sec-WebSocket-Version: 13\r\n\r\n";
    private static final String RESPONSE = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    private static final String MASK0 = "00000000";

    private BrokenDumps() {
    }

    static Map<String, String> all() {
        Map<String, String> dumps = new LinkedHashMap<>();
        dumps.put("frames-broken.hex", client(REQUEST) + server(RESPONSE) + "# client\n"
                + "8105 48656c6c6f\n" // unmasked text "Hello" from the client
                + "8380" + MASK0 + "\n" // reserved opcode 3
                + "b180" + MASK0 + "\n" // RSV2 and RSV3
                + "c180" + MASK0 + "\n" // RSV1 without an extension
                + "0980" + MASK0 + "\n" // a ping without FIN
                + "89fe007e" + MASK0 + "61".repeat(126) + "\n" // a ping of 126 bytes
                + "81fe0005" + MASK0 + "68656c6c6f\n" // length 5 written in 16 bits
                + "82ff0000000000000100" + MASK0 + "00".repeat(256) + "\n" // length 256 written in 64 bits
                + "82ff0000000000000005" + MASK0 + "0102030405\n" // length 5 written in 64 bits
                + "8881" + MASK0 + "03\n" // a close body of 1 byte
                + "8182" + MASK0 + "fffe\n" // text that is not UTF-8
                + "0181" + MASK0 + "61\n" + "8181" + MASK0 + "62\n" // a new message inside a fragmented one
                + "8081" + MASK0 + "63\n" // a continuation without a start
                + "8181" + MASK0 + "c3\n" // text ending inside a character
                + "8882" + MASK0 + "03ed\n" // close code 1005
                + "8884" + MASK0 + "03e8fffe\n" // a close reason that is not UTF-8
                + "# server\n"
                + "8185" + MASK0 + "48656c6c6f\n" // a masked frame from the server
                + "810a 4865\n"); // the stream ends inside a frame
        dumps.put("length-top-bit.hex", client(REQUEST) + server(RESPONSE)
                + "# server\n827f 8000000000000000 00\n");
        dumps.put("header-cut.hex", client(REQUEST) + server(RESPONSE) + "# server\n81\n");
        dumps.put("deflate-broken.hex", client(REQUEST.replace("\r\n\r\n",
                        "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"))
                + server(RESPONSE.replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"))
                + "# client\n"
                + "c184" + MASK0 + "ffffffff\n" // not DEFLATE data
                + "c980" + MASK0 + "\n" // RSV1 on a ping
                + "4183" + MASK0 + "f248cd\n" + "c084" + MASK0 + "c9c90700\n"); // RSV1 on a continuation
        dumps.put("request-broken.hex", client("POST chat#top HTTP/1.0\nUpgrade: h2c\r\nConnection: keep-alive\r\n"
                + "Sec-WebSocket-Key: abc\r\nSec-WebSocket-Key: abc\r\nSec-WebSocket-Version: 8\r\n"
                + "Sec-WebSocket-Protocol: a b, chat, chat\r\n\r\n")
                + server("HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n"));
        dumps.put("request-no-fields.hex", client("GET /chat HTTP/1.1\r\n\r\n")
                + server("HTTP/1.1 403 Forbidden\r\n\r\n"));
        dumps.put("response-broken.hex", client(REQUEST.replace("\r\n\r\n", "\r\nSec-WebSocket-Protocol: chat\r\n\r\n"))
                + server("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n"
                + "Sec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\nSec-WebSocket-Accept: x\r\n"
                + "Sec-WebSocket-Protocol: other\r\nSec-WebSocket-Extensions: x-foo\r\n\r\n"));
        dumps.put("response-empty.hex", client(REQUEST) + server("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
        dumps.put("response-several.hex", client(REQUEST) + server(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: a, b\r\n\r\n"));
        dumps.put("head-malformed.hex", client("GET / HTTP/1.1\r\nHost a\r\n\r\n"));
        dumps.put("head-cut.hex", client("GET / HTTP/1.1\r\nHost: a\r\n"));
        dumps.put("hixie76-broken.hex", client("GET /chat HTTP/1.1\r\nUpgrade: websocket\r\nConnection: keep-alive\r\n"
                + "Sec-WebSocket-Key1: 12345\r\nSec-WebSocket-Key2: 1 2 3\r\n\r\n" + "\u0001\u0002")
                + server("HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n"
                + "\u0001\u0002\u0003"));
        dumps.put("hixie76-frames-broken.hex", client("GET /chat HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
                + "Host: mai.ru\r\nOrigin: https://mai.ru\r\nSec-WebSocket-Key1: 1   38 wZ3f9 23O0 3l 0r\r\n"
                + "Sec-WebSocket-Key2: 27   0E 6 2  1665:< ;U 1H\r\n\r\n")
                + "91253ed3a9e76a88\n"
                + server("HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Origin: https://mai.ru\r\nSec-WebSocket-Location: ws://mai.ru/chat\r\n\r\n")
                + "00000000000000000000000000000000\n"
                + "# client\n"
                + "00fffeff\n" // text that is not UTF-8
                + "05616263ff\n" // type 0x05: not defined
                + "ff05616263646566\n" // type 0xff with a length
                + "ff00\n" + "0061ff\n" // a frame after the closing handshake
                + "# server\n"
                + "80ffffffffffffffffffff7f\n" // a length of more than 9 bytes
                + "# server\n00616263\n"); // the stream ends inside a text frame
        return dumps;
    }

    /** Writes every dump into {@code dir}; returns the paths, in order. */
    static Map<String, Path> write(Path dir) throws java.io.IOException {
        Map<String, Path> paths = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all().entrySet()) {
            paths.put(e.getKey(), Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8));
        }
        return paths;
    }

    private static String client(String text) {
        return "# client\n" + hex(text) + "\n";
    }

    private static String server(String text) {
        return "# server\n" + hex(text) + "\n";
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
