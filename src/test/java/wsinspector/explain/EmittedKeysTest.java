package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Field;
import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.Message;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.Opcode;

/**
 * The keys the dissector really emits, found by dissecting real conversations and broken inputs,
 * are all in both bundles: for every field {@code <key>.name} and {@code <key>.explain}, every
 * value's meaning key, and {@code verdict.<id>} of every problem. Unlike emitted-keys.txt, this
 * cannot go stale when the dissector starts emitting a new key for input of the corpus.
 */
class EmittedKeysTest {
    private static final Direction C2S = Direction.CLIENT_TO_SERVER;
    private static final Direction S2C = Direction.SERVER_TO_CLIENT;

    private static final Properties EN = load("/wsinspector/explain/Explanations.properties");
    private static final Properties RU = load("/wsinspector/explain/Explanations_ru.properties");

    // --- RFC 6455: the course notes' handshake (with the HTTP version the notes drop) and §5.7 frames ---------
    private static final byte[] REQUEST = ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\nOrigin: https://mai.ru\r\n"
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n");
    private static final byte[] RESPONSE = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n");
    private static final byte[] MASKED_HELLO = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"); // masked text "Hello", key 37fa213d
    private static final byte[] HELLO = hex("81 05 48 65 6c 6c 6f"); // unmasked text "Hello"
    private static final byte[] CLOSE_MASKED = hex("88 82 37 fa 21 3d 34 12"); // close 1000, masked
    private static final byte[] CLOSE = hex("88 02 03 e8"); // close 1000
    private static final byte[] FRAGMENTED_HELLO = hex("01 03 48 65 6c 80 02 6c 6f"); // "Hel" FIN 0, then "lo"
    private static final byte[] PING = hex("89 05 48 65 6c 6c 6f"); // unmasked ping "Hello"
    private static final byte[] MASKED_PONG = hex("8a 85 37 fa 21 3d 7f 9f 4d 51 58"); // masked pong "Hello"
    private static final byte[] BINARY_256 = concat(hex("82 7e 01 00"), new byte[256]); // 16-bit length
    private static final byte[] BINARY_65536 = concat(hex("82 7f 00 00 00 00 00 01 00 00"), new byte[65536]); // 64-bit length

    // --- RFC 7692 permessage-deflate ----------------------------------------------------------------------------
    private static final byte[] DEFLATE_REQUEST = ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\nOrigin: https://mai.ru\r\n"
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
            + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
            + "User-Agent: Mozilla/5.0\r\nAccept-Encoding: gzip, deflate, br\r\nAccept-Language: ru,en\r\n"
            + "Cache-Control: no-cache\r\nPragma: no-cache\r\nCookie: session=1\r\n\r\n");
    private static final byte[] DEFLATE_RESPONSE = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n"
            + "Sec-WebSocket-Extensions: permessage-deflate\r\nDate: Mon, 01 Sep 2025 10:00:00 GMT\r\nServer: demo\r\n\r\n");
    private static final byte[] DEFLATED = concat(
            hex("c1 07 f2 48 cd c9 c9 07 00"), // "Hello", one frame
            hex("c1 05 f2 00 11 00 00"), // "Hello" again, sharing the window with the first
            hex("41 03 f2 48 cd 80 04 c9 c9 07 00"), // "Hello", two fragments
            hex("c1 0b 00 05 00 fa ff 48 65 6c 6c 6f 00")); // "Hello" as a stored block

    // --- hixie-76 and hixie-75 (draft-hixie-thewebsocketprotocol-76 §1.3 example) --------------------------------
    private static final byte[] HIXIE76_REQUEST = concat(ascii("GET /demo HTTP/1.1\r\nHost: example.com\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\nSec-WebSocket-Protocol: sample\r\n"
            + "Upgrade: WebSocket\r\nSec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\nOrigin: http://example.com\r\n\r\n"),
            ascii("^n:ds[4U"));
    private static final byte[] HIXIE76_RESPONSE = concat(ascii("HTTP/1.1 101 WebSocket Protocol Handshake\r\n"
            + "Upgrade: WebSocket\r\nConnection: Upgrade\r\nSec-WebSocket-Origin: http://example.com\r\n"
            + "Sec-WebSocket-Location: ws://example.com/demo\r\nSec-WebSocket-Protocol: sample\r\n\r\n"),
            ascii("8jKS'y:G*Co,Wxa-"));
    private static final byte[] LEGACY_FRAMES = hex("00 48 65 6c 6c 6f ff" // text "Hello"
            + "00 41 70 70 6c 65 20 3d 20 ef a3 bf ff" // "Apple = " + U+F8FF
            + "80 02 ca fe" // binary of 2 bytes
            + "80 81 00" + "00".repeat(128) // binary of 128 bytes, two length bytes
            + "ff 00"); // closing handshake
    private static final byte[] HIXIE75_REQUEST = ascii("GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
            + "Host: example.com\r\nOrigin: http://example.com\r\nWebSocket-Protocol: chat\r\n\r\n");
    private static final byte[] HIXIE75_RESPONSE = ascii("HTTP/1.1 101 Web Socket Protocol Handshake\r\n"
            + "Upgrade: WebSocket\r\nConnection: Upgrade\r\nWebSocket-Origin: http://example.com\r\n"
            + "WebSocket-Location: ws://example.com/demo\r\n\r\n");

    private static final Map<String, List<Message>> CORPUS = corpus();

    private static Map<String, List<Message>> corpus() {
        Map<String, List<Chunk>> cases = new LinkedHashMap<>();
        cases.put("course notes conversation", List.of(c2s(REQUEST), s2c(RESPONSE), c2s(MASKED_HELLO, CLOSE_MASKED),
                s2c(HELLO, CLOSE)));
        cases.put("RFC 6455 §5.7 frames", List.of(c2s(REQUEST), s2c(RESPONSE), c2s(MASKED_HELLO, MASKED_PONG, CLOSE_MASKED),
                s2c(HELLO, FRAGMENTED_HELLO, PING, BINARY_256, BINARY_65536, CLOSE)));
        cases.put("permessage-deflate", List.of(c2s(DEFLATE_REQUEST), s2c(DEFLATE_RESPONSE), s2c(DEFLATED)));
        cases.put("hixie-76", List.of(c2s(HIXIE76_REQUEST), s2c(HIXIE76_RESPONSE), c2s(LEGACY_FRAMES), s2c(LEGACY_FRAMES)));
        cases.put("hixie-75", List.of(c2s(HIXIE75_REQUEST), s2c(HIXIE75_RESPONSE), c2s(hex("00 48 69 ff")))); // "Hi"
        cases.put("bare legacy frames", List.of(s2c(LEGACY_FRAMES)));
        cases.put("undirected dump", List.of(new Chunk(null, 0, concat(REQUEST, RESPONSE, MASKED_HELLO, HELLO))));
        brokenFrames(cases);
        brokenHandshakes(cases);
        brokenLegacy(cases);

        Map<String, List<Message>> out = new LinkedHashMap<>();
        cases.forEach((name, chunks) -> out.put(name, Dissector.dissect(chunks).messages()));
        // A small cap, so that the local limits of RFC 6455 §10.4 are reached by real messages.
        out.put("limits of 4 bytes", Dissector.dissect(List.of(c2s(DEFLATE_REQUEST), s2c(DEFLATE_RESPONSE),
                s2c(DEFLATED, HELLO, FRAGMENTED_HELLO)), new Dissector.Options(C2S, 4)).messages());
        byte[] key = hex("37 fa 21 3d");
        List<Message> compared = new ArrayList<>();
        for (FramingComparison c : List.of(FramingComparison.ofText("Hello", key), FramingComparison.ofText("Hello", null),
                FramingComparison.ofText("κόσμε", key), FramingComparison.of(Opcode.BINARY.code(), new byte[300], null),
                FramingComparison.of(Opcode.CLOSE.code(), hex("03 e8"), key))) {
            compared.add(c.rfc6455());
            compared.add(c.legacy());
        }
        out.put("framing comparison", compared);
        out.put("real capture with a lost segment", capture("ws-hole-in-frame.pcap"));
        return out;
    }

    /** The messages of the first conversation of a real capture (src/test/resources/wsinspector/capture/packets). */
    private static List<Message> capture(String name) {
        try (InputStream in = EmittedKeysTest.class.getResourceAsStream("/wsinspector/capture/packets/" + name)) {
            return wsinspector.capture.CaptureReader.read(in.readAllBytes(), name,
                    wsinspector.capture.CaptureReader.Options.defaults()).connections().get(0).dissect().messages();
        } catch (IOException | wsinspector.capture.DumpException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void brokenFrames(Map<String, List<Chunk>> cases) {
        Function<byte[], List<Chunk>> fromServer = frames -> List.of(c2s(REQUEST), s2c(RESPONSE), s2c(frames));
        cases.put("unmasked client frame", List.of(c2s(REQUEST), s2c(RESPONSE), c2s(HELLO)));
        cases.put("masked server frame", fromServer.apply(MASKED_HELLO));
        cases.put("reserved opcodes", fromServer.apply(hex("83 00 8b 00"))); // data 0x3, control 0xB
        cases.put("RSV bits without extension", fromServer.apply(hex("c1 00 a1 00 91 00")));
        cases.put("bad UTF-8", fromServer.apply(hex("81 03 ed a0 80"))); // a surrogate
        cases.put("UTF-8 cut at the end", fromServer.apply(hex("81 02 ce ba 81 01 ce"))); // "κ", then half of it
        cases.put("truncated frame", List.of(s2c(hex("82 7e 01 00 01 02 03")))); // 256 bytes announced, 3 present
        cases.put("truncated header", List.of(s2c(hex("82 7e 01")))); // the 16-bit length cut
        cases.put("non-minimal length", fromServer.apply(hex("81 7e 00 05 48 65 6c 6c 6f"))); // 5 in 16 bits
        cases.put("64-bit length top bit", fromServer.apply(hex("82 7f 80 00 00 00 00 00 00 01 00")));
        cases.put("control frames broken", fromServer.apply(concat(hex("89 7e 00 7e"), new byte[126], // ping of 126
                hex("09 00"), hex("88 01 03")))); // fragmented ping, 1-byte close body
        cases.put("close codes", fromServer.apply(hex("88 02 03 ed 88 02 0b b8 88 02 0f a0 88 02 03 e7 88 02 13 88"
                + "88 02 03 ec 88 02 07 d0 88 04 03 e8 ff fe"))); // 1005 3000 4000 999 5000 1004 2000, reason not UTF-8
        cases.put("every registered close code", fromServer.apply(concat(Stream.of(CloseCode.values())
                .map(c -> new byte[] {(byte) 0x88, 2, (byte) (c.code() >> 8), (byte) c.code()}).toArray(byte[][]::new))));
        cases.put("fragmentation broken", fromServer.apply(hex("80 00 01 01 48 81 01 48"))); // lone continuation, new text inside
        cases.put("deflate broken", List.of(c2s(DEFLATE_REQUEST), s2c(DEFLATE_RESPONSE),
                s2c(hex("c9 00 41 01 f2 c0 01 48 c1 02 ff ff")))); // RSV1 on ping, on a continuation, bad DEFLATE
        cases.put("garbage", List.of(c2s(ascii("Hello there, this is not HTTP\r\n\r\n"))));
    }

    private static void brokenHandshakes(Map<String, List<Chunk>> cases) {
        byte[] version8 = ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\nSec-WebSocket-Version: 8\r\n\r\n");
        cases.put("426 response", List.of(c2s(version8), s2c(ascii("HTTP/1.1 426 Upgrade Required\r\n"
                + "Sec-WebSocket-Version: 13\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nnope!"))));
        cases.put("426 without versions", List.of(c2s(version8), s2c(ascii("HTTP/1.1 426 Upgrade Required\r\n\r\n"))));
        cases.put("malformed head", List.of(c2s(ascii("GET /chat HTTP/1.1\r\nHost mai.ru\r\n\r\n"))));
        cases.put("incomplete head", List.of(c2s(ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\n"))));
        cases.put("bad request line", List.of(c2s(ascii("GET chat#top HTTP/1.0\r\nHost: mai.ru\r\n"
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n"))));
        cases.put("method not GET", List.of(c2s(ascii("HEAD /chat HTTP/1.1\r\nHost: mai.ru\r\n"
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n"))));
        cases.put("request headers wrong", List.of(c2s(ascii("GET /chat HTTP/1.1\r\nConnection: keep-alive\r\n"
                + "Sec-WebSocket-Key: not base64!\r\nSec-WebSocket-Key: AQIDBAUGBwg=\r\n"
                + "Sec-WebSocket-Protocol: a b, chat, chat\r\nX-Custom: 1\r\n\r\n"))));
        cases.put("request without key", List.of(c2s(ascii("GET /chat HTTP/1.1\nHost: mai.ru\nConnection: Upgrade\n"
                + "Upgrade: websocket\nSec-WebSocket-Version: 13\n\n")))); // bare LF line ends
        cases.put("request without version", List.of(c2s(ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\n"
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n\r\n"))));
        cases.put("bad response", List.of(c2s(REQUEST), s2c(ascii("HTTP/1.1 101 Switching Protocols\r\n"
                + "Connection: keep-alive\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: mqtt\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n"))));
        cases.put("response without accept", List.of(c2s(REQUEST), s2c(ascii("HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n"))));
        cases.put("response alone", List.of(s2c(RESPONSE)));
        cases.put("refusal", List.of(c2s(REQUEST), s2c(ascii("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"))));
    }

    private static void brokenLegacy(Map<String, List<Chunk>> cases) {
        Function<byte[], List<Chunk>> afterHandshake = frames -> List.of(c2s(HIXIE76_REQUEST), s2c(HIXIE76_RESPONSE),
                s2c(frames));
        cases.put("legacy bad UTF-8", afterHandshake.apply(hex("00 c0 80 ff"))); // overlong NUL
        cases.put("legacy other types", afterHandshake.apply(hex("01 41 ff 90 01 07"))); // sentinel 0x01, length type 0x90
        cases.put("legacy close after close", afterHandshake.apply(hex("ff 00 00 48 ff")));
        cases.put("legacy unterminated", afterHandshake.apply(hex("00 48 65")));
        cases.put("legacy length truncated", afterHandshake.apply(hex("80 05 01 02")));
        cases.put("legacy length too large", afterHandshake.apply(hex("80 81 81 81 81 81 81 81 81 81 81 01")));
        byte[] badKeys = concat(ascii("GET /demo HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Key1: 12345\r\nSec-WebSocket-Key2: 1 2 3\r\n\r\n"), ascii("^n:ds[4U"));
        cases.put("hixie-76 bad request", List.of(c2s(badKeys)));
        cases.put("hixie-76 huge key", List.of(c2s(concat(ascii("GET /demo HTTP/1.1\r\nHost: example.com\r\n"
                + "Connection: Upgrade\r\nUpgrade: WebSocket\r\nOrigin: http://example.com\r\n"
                + "Sec-WebSocket-Key1: 99999999999 9\r\nSec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n\r\n"), ascii("^n:ds[4U")))));
        cases.put("hixie-76 wrong answer", List.of(c2s(HIXIE76_REQUEST), s2c(concat(ascii(
                "HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n"),
                new byte[16]))));
        cases.put("hixie-76 short answer", List.of(c2s(HIXIE76_REQUEST), s2c(concat(ascii(
                "HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Origin: http://example.com\r\nSec-WebSocket-Location: ws://example.com/demo\r\n\r\n"),
                ascii("8jKS")))));
    }

    @Test
    void corpusReachesEveryKindOfMessage() {
        Set<Message.Kind> kinds = EnumSet.noneOf(Message.Kind.class);
        CORPUS.values().forEach(ms -> ms.forEach(m -> kinds.add(m.kind())));
        assertEquals(EnumSet.allOf(Message.Kind.class), kinds);
    }

    @Test
    void everyFieldHasANameAndAnExplanation() {
        assertAllPresent("field", keys(field -> List.of(field.key() + ".name", field.key() + ".explain")));
    }

    @Test
    void everyMeaningKeyIsThere() {
        assertAllPresent("meaning", keys(field -> field.meaningKey() == null ? List.of() : List.of(field.meaningKey())));
    }

    @Test
    void everyProblemHasAVerdict() {
        Map<String, String> verdicts = keys(field -> field.problems().stream().map(p -> "verdict." + p.rule().id()).toList());
        assertTrue(verdicts.size() >= 40, "the broken inputs should break many rules, found " + verdicts.keySet());
        assertAllPresent("verdict", verdicts);
    }

    /** Each key the corpus emits, with the case that first emitted it (to say where a gap comes from). */
    private static Map<String, String> keys(Function<Field, List<String>> keysOfField) {
        Map<String, String> found = new TreeMap<>();
        CORPUS.forEach((name, messages) -> messages.forEach(m -> m.root().flatten()
                .forEach(field -> keysOfField.apply(field).forEach(key -> found.putIfAbsent(key, name)))));
        return found;
    }

    /** Reads the files themselves: the Russian bundle would silently fall back to English. */
    private static void assertAllPresent(String what, Map<String, String> keys) {
        assertTrue(!keys.isEmpty(), "the corpus emitted no " + what + " keys");
        List<String> missingInEnglish = missing(keys, EN);
        List<String> missingInRussian = missing(keys, RU);
        assertTrue(missingInEnglish.isEmpty() && missingInRussian.isEmpty(), what + " keys missing in English: "
                + missingInEnglish + "; missing in Russian: " + missingInRussian);
    }

    private static List<String> missing(Map<String, String> keys, Properties bundle) {
        return keys.entrySet().stream().filter(e -> bundle.getProperty(e.getKey()) == null)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    private static Chunk c2s(byte[]... parts) {
        return Chunk.of(C2S, concat(parts));
    }

    private static Chunk s2c(byte[]... parts) {
        return Chunk.of(S2C, concat(parts));
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Properties load(String resource) {
        try (InputStream in = EmittedKeysTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
