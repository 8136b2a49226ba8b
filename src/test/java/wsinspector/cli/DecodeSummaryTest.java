package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decode --summary}: counts from the index, per conversation. */
class DecodeSummaryTest {
    @TempDir
    Path dir;

    /** The course notes' masked "Hello" from the client, the same unmasked from the server, an unmasked client close. */
    private Path dump() throws Exception {
        return Files.writeString(dir.resolve("hello.xxd"), """
                # client
                00000000: 8185 37fa 213d 7f9f 4d51 58              ..7.!=..MQX
                # server
                00000000: 8105 4865 6c6c 6f                        ..Hello
                # client
                0000000b: 8802 03e8                                ....
                """, StandardCharsets.UTF_8);
    }

    @Test
    void textCountsMessagesByKindAndDirectionBytesAndProblemsByRule() throws Exception {
        DecodeCommandTest.Run r = DecodeCommandTest.run("decode", dump().toString(), "--summary");
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.contains("conversation 0: 3 messages, 22 bytes"), out);
        assertTrue(out.matches("(?s).*frame\\s+2\\s+1\\n.*"), out);
        assertTrue(out.matches("(?s).*bytes\\s+15\\s+7\\n.*"), out);
        assertTrue(out.contains("1  client-frame-unmasked (RFC 6455 §5.1)"), out);
        assertTrue(out.contains("no timestamps"), out);
        assertFalse(out.contains("Hello"), "a summary shows no payloads");
    }

    @Test
    void russianLabelsComeFromTheBundle() throws Exception {
        DecodeCommandTest.Run r = DecodeCommandTest.run("decode", dump().toString(), "--summary", "--lang", "ru");
        assertTrue(r.out().contains("соединение 0: сообщений 3"), r.out());
    }

    @Test
    void jsonIsOneObjectPerConversation() throws Exception {
        DecodeCommandTest.Run r = DecodeCommandTest.run("decode", dump().toString(), "--summary", "--json");
        assertEquals(1, r.json().size(), r.out());
        JsonNode c = r.json().get(0);
        assertEquals(0, c.get("stream").asInt());
        assertEquals(3, c.get("messageCount").asInt());
        assertEquals(2, c.get("messages").get("frame").get("c2s").asInt());
        assertEquals(1, c.get("messages").get("frame").get("s2c").asInt());
        assertEquals(15, c.get("bytes").get("c2s").asInt());
        assertEquals(1, c.get("problems").get("client-frame-unmasked").asInt());
        assertFalse(c.has("firstTime"), "a dump has no timestamps");
    }

    /** A clean handshake without Origin (as the JDK's and Node's clients send it): a remark, not a broken rule. */
    @Test
    void aRemarkIsNamedAsARemarkNotAsAProblem() throws Exception {
        String request = "GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        String answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
        Path dump = Files.writeString(dir.resolve("no-origin.xxd"), "# client\n" + xxd(request, 0) + "# server\n"
                + xxd(answer, 0), StandardCharsets.UTF_8);

        String en = DecodeCommandTest.run("decode", dump.toString(), "--summary", "--lang", "en").out();
        assertTrue(en.contains("1  origin-missing (RFC 6455 §4.1) Remark: "), en);
        assertFalse(en.contains("Error:"), en);
        String ru = DecodeCommandTest.run("decode", dump.toString(), "--summary", "--lang", "ru").out();
        assertTrue(ru.contains("1  origin-missing (RFC 6455 §4.1) Замечание: "), ru);
        assertTrue(ru.contains("нарушения и замечания по правилам:"), ru);
    }

    @Test
    void aBrokenRuleIsNamedAsAnError() throws Exception {
        String out = DecodeCommandTest.run("decode", dump().toString(), "--summary", "--lang", "en").out();
        assertTrue(out.contains("1  client-frame-unmasked (RFC 6455 §5.1) Error: "), out);
    }

    /** xxd's lines for a text's bytes, starting at an offset. */
    private static String xxd(String text, int offset) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        StringBuilder sb = new StringBuilder();
        for (int line = 0; line < bytes.length; line += 16) {
            sb.append(String.format("%08x:", offset + line));
            for (int i = line; i < Math.min(line + 16, bytes.length); i++) {
                sb.append((i - line) % 2 == 0 ? " " : "").append(String.format("%02x", bytes[i] & 0xff));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void secondsKeepTheFractionTheCaptureHas() {
        assertEquals("1764460800.000010", EpochSeconds.of(1_764_460_800_000_010_000L));
        assertEquals("1764460800.000000001", EpochSeconds.of(1_764_460_800_000_000_001L));
        java.util.Random random = new java.util.Random(6455);
        long[] some = {0, 1, -1, 999, 1000, -1000, 1_000_000_000L, -1_000_000_001L, Long.MAX_VALUE, Long.MIN_VALUE,
                random.nextLong(), random.nextLong(), random.nextLong() / 1000 * 1000};
        for (long nanos : some) {
            // the plain way of writing it, which the char-by-char one must equal
            long whole = Math.floorDiv(nanos, 1_000_000_000L);
            long fraction = Math.floorMod(nanos, 1_000_000_000L);
            String digits = Long.toString(1_000_000_000L + fraction).substring(1);
            assertEquals(whole + "." + (fraction % 1000 == 0 ? digits.substring(0, 6) : digits), EpochSeconds.of(nanos));
        }
    }
}
