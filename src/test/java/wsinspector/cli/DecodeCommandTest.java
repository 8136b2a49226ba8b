package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecodeCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<JsonNode> json() throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(mapper.readTree(line));
                }
            }
            return nodes;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Main());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    Path raw(String name, String hex) throws Exception {
        return Files.write(dir.resolve(name), HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    @Test
    void jsonOfAMarkedXxdDumpFollowsTheContract() throws Exception {
        Path dump = file("hello.xxd", """
                # client
                00000000: 8185 37fa 213d 7f9f 4d51 58                 ..7.!=..MQX
                # server
                00000000: 8105 4865 6c6c 6f                        ..Hello
                00000007: 8802 03e8                                ....
                """);
        Run r = run("decode", dump.toString(), "--json");
        assertEquals(0, r.status());
        List<JsonNode> lines = r.json();
        assertEquals(3, lines.size());
        JsonNode hello = lines.get(0);
        assertEquals("c2s", hello.get("dir").asText());
        assertEquals("frame", hello.get("kind").asText());
        assertEquals(0, hello.get("offset").asLong());
        assertEquals(11, hello.get("length").asInt());
        assertTrue(hello.get("fin").asBoolean());
        assertEquals(1, hello.get("opcode").asInt());
        assertEquals("Text", hello.get("opcodeName").asText());
        assertEquals("37fa213d", hello.get("maskKey").asText());
        assertEquals(5, hello.get("payloadLength").asInt());
        assertEquals("48656c6c6f", hello.get("payload").asText());
        assertEquals("Hello", hello.get("text").asText());
        assertEquals(0, hello.get("problems").size());
        assertTrue(lines.get(1).get("maskKey").isNull());
        assertEquals(1000, lines.get(2).get("closeCode").asInt());
        assertEquals(7, lines.get(2).get("offset").asLong());
    }

    @Test
    void handshakeLinesCarryStartLineAndHeaders() throws Exception {
        Path dump = file("request.txt", "GET /chat HTTP/1.1\r\nHost: mai.ru\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        JsonNode request = run("decode", dump.toString(), "--json").json().get(0);
        assertEquals("handshake-request", request.get("kind").asText());
        assertEquals("GET /chat HTTP/1.1", request.get("startLine").asText());
        assertEquals("Host", request.get("headers").get(0).get(0).asText());
        assertEquals("mai.ru", request.get("headers").get(0).get(1).asText());
        // no Origin: a remark, not an error
        assertEquals(1, request.get("problems").size());
    }

    @Test
    void directionOptionNamesAOneDirectionDump() throws Exception {
        Path dump = raw("frames.bin", "81 05 48 65 6c 6c 6f");
        JsonNode frame = run("decode", dump.toString(), "--json", "--dir", "c2s").json().get(0);
        assertEquals("c2s", frame.get("dir").asText());
        assertTrue(frame.get("problems").get(0).asText().contains("RFC 6455 §5"), frame.toString());
    }

    @Test
    void legacyFrameLines() throws Exception {
        Path dump = raw("legacy.bin", "00 48 65 6c 6c 6f ff");
        JsonNode frame = run("decode", dump.toString(), "--json").json().get(0);
        assertEquals("legacy-frame", frame.get("kind").asText());
        assertEquals(0, frame.get("frameType").asInt());
        assertEquals("Hello", frame.get("text").asText());
    }

    @Test
    void hugeLengthIsAProblemNotACrash() throws Exception {
        Path dump = raw("huge.bin", "82 7f 80 00 00 00 00 00 00 00 01 02");
        Run r = run("decode", dump.toString(), "--json");
        assertEquals(0, r.status());
        JsonNode frame = r.json().get(0);
        assertEquals("9223372036854775808", frame.get("payloadLength").asText());
        assertFalse(frame.get("problems").isEmpty());
    }

    @Test
    void emptyFileGivesAnEmptyListing() throws Exception {
        Path empty = raw("empty.bin", "");
        assertEquals(0, run("decode", empty.toString(), "--json").status());
        Run text = run("decode", empty.toString());
        assertEquals(0, text.status());
        assertTrue(text.out().contains("0 messages"), text.out());
    }

    /** The count under a listing is a phrase in each language, not the abbreviation «8 сообщ.» that dodged the plural. */
    @Test
    void theCountUnderTheListingIsAPhraseInEachLanguage() throws Exception {
        String notes = Path.of("samples/course-notes.xxd").toString();
        String ru = run("decode", notes, "--lang", "ru").out();
        assertTrue(ru.stripTrailing().endsWith("# сообщений: 8"), ru);
        assertFalse(ru.contains("сообщ."), ru);
        assertTrue(run("decode", notes).out().stripTrailing().endsWith("# 8 messages"));
    }

    @Test
    void garbageIsUndecodedWithStatusZero() throws Exception {
        Path junk = raw("junk.bin", "47 45 54 01 02 03 ff fe");
        Run r = run("decode", junk.toString(), "--json");
        assertEquals(0, r.status());
        assertEquals("undecoded", r.json().get(0).get("kind").asText());
    }

    @Test
    void missingFileExitsTwoWithOneLine() {
        Run r = run("decode", dir.resolve("absent.bin").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("absent.bin"));
    }

    @Test
    void badHexNamesTheLine() throws Exception {
        Path dump = file("bad.xxd", "00000000: 8105 4865 6c6c 6f                        ..Hello\n00000007: 88zz 03e8  ....\n");
        Run r = run("decode", dump.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("line 2"), r.err());
    }

    @Test
    void textListingDrawsBitsAndExplainsInRussian() throws Exception {
        Path dump = raw("hello.bin", "81 05 48 65 6c 6c 6f");
        Run en = run("decode", dump.toString(), "--dir", "s2c");
        assertTrue(en.out().contains(".... 0001 = Opcode: 0x1 (Text)"), en.out());
        Run ru = run("decode", dump.toString(), "--dir", "s2c", "--lang", "ru");
        assertTrue(ru.out().contains("= Код операции: 0x1 (Текст)"), ru.out());
    }
}
