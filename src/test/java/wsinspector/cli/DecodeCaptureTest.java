package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code decode} of real packet captures: conversations listed, one picked, gaps and times in the output. */
class DecodeCaptureTest {
    private static final String DIR = "src/test/resources/wsinspector/capture/packets/";

    private static String capture(String name) {
        return Path.of(DIR + name).toString();
    }

    @Test
    void listShowsEveryTcpConnectionNumberedAsTshark() throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", capture("ws-lo.pcap"), "--list", "--json");

        assertEquals(0, run.status(), run.err());
        List<JsonNode> rows = run.json();
        // stream 0 is a GET without Upgrade answered 400: HTTP, as tshark names it
        assertEquals(List.of("0 127.0.0.1:42270 http 0 280", "1 127.0.0.1:42276 websocket 14 419",
                        "2 [::1]:38694 websocket 14 413", "3 127.0.0.1:42286 websocket 14 419"),
                rows.stream().map(r -> r.get("stream").asInt() + " " + r.get("client").asText() + " "
                        + r.get("protocol").asText() + " " + r.get("messages").asInt() + " " + r.get("bytes").asInt()).toList());
        assertEquals(0, new java.math.BigDecimal("1796001410.176124").compareTo(rows.get(0).get("time").decimalValue()));
    }

    /**
     * The inputs decode reads whole are listed too: the text tcpdump printed, a HAR, a bare byte stream's dump. --list
     * refused them («это не файл pcap или pcapng (его первые байты: 30 32 3a 33)») while decode listed their messages.
     */
    @Test
    void listShowsTheConversationsOfTextDumpsAndHarsToo() throws Exception {
        DecodeCommandTest.Run text = DecodeCommandTest.run("decode", capture("ws.tcpdump-X"), "--list", "--json");
        assertEquals(0, text.status(), text.err());
        assertEquals(List.of("0 127.0.0.1:42276 websocket 14 419"), text.json().stream().map(r -> r.get("stream").asInt()
                + " " + r.get("client").asText() + " " + r.get("protocol").asText() + " " + r.get("messages").asInt()
                + " " + r.get("bytes").asInt()).toList(), "the same connection as in ws-lo.pcap, stream 1");

        DecodeCommandTest.Run har = DecodeCommandTest.run("decode", "samples/chromium.har", "--list", "--json");
        assertEquals(0, har.status(), har.err());
        assertEquals("websocket 10", har.json().get(0).get("protocol").asText() + " " + har.json().get(0).get("messages").asInt());

        DecodeCommandTest.Run dump = DecodeCommandTest.run("decode", "samples/course-notes.xxd", "--list", "--lang", "ru");
        assertEquals(0, dump.status(), dump.err());
        assertTrue(dump.out().lines().anyMatch(l -> l.matches("\\s+0\\s+-\\s+-\\s+websocket\\s+8\\s+374\\s+-")), dump.out());
    }

    /** A message's byte count in Russian takes its plural, as in the window: «24 байта», not «24 байт» (W9-13). */
    @Test
    void russianByteCountsTakeTheirPlural() throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", "samples/jdk-client.pcapng", "--lang", "ru");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("c2s фрейм @214, 24 байта: "), run.out());
        List<String> wrong = run.out().lines()
                .filter(l -> l.matches("[cs]2s .* @\\d+, (\\d*[02-9])?[2-4] байт: .*")).toList();
        assertEquals(List.of(), wrong, "counts ending in 2, 3, 4 (not 12-14) with «байт»");
    }

    @Test
    void withoutStreamTheFirstWebSocketConversationIsDecoded() throws Exception {
        List<JsonNode> messages = DecodeCommandTest.run("decode", capture("ws-lo.pcap"), "--json").json();

        assertEquals("syn", messages.get(0).get("event").asText());
        assertEquals("GET /chat HTTP/1.1", messages.get(2).get("startLine").asText());
        assertEquals("127.0.0.1:47311", messages.get(2).get("headers").get(0).get(1).asText()); // stream 1, not 2 (IPv6)
        assertEquals(1796001410.670194, messages.get(0).get("time").asDouble(), 1e-6);
    }

    @Test
    void streamPicksATcpStreamAndAMissingOneIsAnError() throws Exception {
        List<JsonNode> messages = DecodeCommandTest.run("decode", capture("ws-lo.pcap"), "--json", "--stream", "2").json();
        assertEquals("::1:47312", messages.get(2).get("headers").get(0).get(1).asText());

        DecodeCommandTest.Run missing = DecodeCommandTest.run("decode", capture("ws-lo.pcap"), "--stream", "9");
        assertEquals(2, missing.status());
        assertEquals("error: ws-lo.pcap holds 4 TCP connection(s), tcp.stream 0 to 3; there is no stream 9."
                + " See them with decode --list.", missing.err().strip());
    }

    @Test
    void aGapIsAMessageOfItsOwnAndANoticeOnStderr() throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", capture("ws-hole.pcap"), "--json");

        JsonNode gap = run.json().stream().filter(m -> m.get("kind").asText().equals("gap")).findFirst().orElseThrow();
        assertEquals("s2c", gap.get("dir").asText());
        assertEquals(173, gap.get("offset").asInt());
        assertEquals(6, gap.get("missing").asInt());
        assertTrue(run.err().contains("note: TCP stream 0, s2c: 6 bytes at stream offset 173 are not in the capture"),
                run.err());
    }

    @Test
    void aDamagedCaptureSaysWhereInTheTextListing() throws Exception {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", capture("ws-tshark.pcapng"), "--lang", "ru");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("# комментарий (после пакета 4): the handshake request"), run.out());
    }

    @Test
    void tcpdumpTextIsDecodedAsPacketsNotAsFrames() throws Exception {
        List<JsonNode> messages = DecodeCommandTest.run("decode", capture("ws.tcpdump-X"), "--json").json();

        // tshark -r ws-stream1.pcap -Y websocket: the first frame is the client's masked "Hello" at stream offset 158
        JsonNode hello = messages.stream().filter(m -> m.get("kind").asText().equals("frame")).findFirst().orElseThrow();
        assertEquals("c2s", hello.get("dir").asText());
        assertEquals(158, hello.get("offset").asInt());
        assertEquals("Hello", hello.get("text").asText());
        assertTrue(messages.stream().noneMatch(m -> m.get("problems").size() > 0 && m.get("kind").asText().equals("frame")));
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void randomBytesAreSaidToBeNoWebSocketConversationBeforeAnyFrame() throws Exception {
        byte[] random = new byte[3000];
        new java.util.Random(11).nextBytes(random);
        Path file = java.nio.file.Files.write(dir.resolve("random.bin"), random);

        String out = DecodeCommandTest.run("decode", file.toString()).out();

        int notice = out.indexOf("# this does not look like a WebSocket conversation: there is no handshake and ");
        assertTrue(notice > 0, out);
        assertTrue(notice < out.indexOf("frame @"), out);
    }

    /**
     * Of a long input only the first messages are judged, and the notice says so: «(52 из 64)» over a listing of 130
     * messages read as a miscount (W9-12).
     */
    @Test
    void aLongInputsNoticeSaysOnlyItsFirstMessagesWereJudged() throws Exception {
        byte[] frames = new byte[400];
        for (int i = 0; i < frames.length; i += 2) {
            frames[i] = (byte) 0x8f;   // FIN and a reserved opcode, no payload: 200 broken frames of 2 bytes
        }
        Path file = java.nio.file.Files.write(dir.resolve("broken.bin"), frames);

        String out = DecodeCommandTest.run("decode", file.toString(), "--lang", "ru").out();

        long messages = out.split("фрейм @", -1).length - 1;
        assertTrue(messages > 64, "more messages than were judged: " + messages);
        assertTrue(out.matches("(?s).*большая часть первых сообщений испорчена \\(\\d+ из первых 64\\).*"), out);
    }

    @Test
    void aPngIsNamedAsAnImage() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", "screenshots/main-window.png", "--json", "--lang", "ru");

        assertTrue(run.err().startsWith("примечание: это изображение PNG, а не разговор WebSocket"), run.err());
    }

    /** W9-10: {@code --list} called a PNG «websocket» while the notice above it named it a PNG image. */
    @Test
    void theListNamesAPngWhatItIs() throws Exception {
        DecodeCommandTest.Run json = DecodeCommandTest.run("decode", "screenshots/main-window.png", "--list", "--json");
        assertEquals(0, json.status(), json.err());
        assertEquals("png 0", json.json().get(0).get("protocol").asText() + " " + json.json().get(0).get("messages").asInt());

        DecodeCommandTest.Run text = DecodeCommandTest.run("decode", "screenshots/main-window.png", "--list", "--lang", "ru");
        assertTrue(text.out().startsWith("# это изображение PNG, а не разговор WebSocket"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s+0\\s+-\\s+-\\s+png\\s+0\\s+\\d+\\s+-")), text.out());
        assertFalse(text.out().contains("websocket"), text.out());
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws Exception {
        Path file = java.nio.file.Files.write(dir.resolve("empty.bin"), new byte[0]);

        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", file.toString());

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("# the file is empty: there is nothing to show."), run.out());
    }
}
