package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * W8-2 and W8-3 in {@code decode}: ordinary HTTP says so before any message (it is not a handshake breaking four
 * rules); a gzip-compressed capture says that what is shown, and its offsets, are of the capture it holds, unpacked;
 * a gzip of anything else is named as gzip, never by its unpacked bytes as if they were the file's.
 */
class PlainHttpAndGzipTest {
    private static final String DIR = "src/test/resources/wsinspector/capture/packets/";

    @TempDir
    Path dir;

    @Test
    void plainHttpSaysItIsOrdinaryHttpBeforeAnyMessage() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", DIR + "plain-http.pcapng", "--stream", "0");

        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("# plain-http.pcapng: pcapng", lines[0]);
        assertTrue(lines[1].startsWith("# this is ordinary HTTP, not WebSocket: its head “GET /index.txt HTTP/1.1”"),
                lines[1]);
        assertTrue(run.out().indexOf("ordinary HTTP") < run.out().indexOf("handshake request @"), run.out());
    }

    @Test
    void inRussianToo() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", DIR + "plain-http.pcapng", "--stream", "0", "--json",
                "--lang", "ru");

        assertTrue(run.err().startsWith("примечание: это обычный HTTP, а не WebSocket: его заголовок"
                + " «GET /index.txt HTTP/1.1»"), run.err());
    }

    /**
     * W8-2: a page fetched is no failed handshake: its request and its answer break none of the opening handshake's
     * rules (they listed four «must carry Upgrade…» and «only 101…», red in the window), in the listing, in JSON and in
     * the byte stream of an xxd dump of the same exchange.
     */
    @Test
    void plainHttpBreaksNoHandshakeRule() throws Exception {
        for (String file : List.of("plain-http.pcapng", "plain-http.tcpdump-X")) {
            DecodeCommandTest.Run json = DecodeCommandTest.run("decode", DIR + file, "--stream", "0", "--json");
            assertEquals(0, json.status(), json.err());
            List<com.fasterxml.jackson.databind.JsonNode> heads = json.json().stream()
                    .filter(m -> m.get("kind").asText().startsWith("handshake")).toList();
            assertEquals(2, heads.size(), json.out());
            heads.forEach(h -> assertEquals(0, h.get("problems").size(), file + ": " + h));
        }
        Path dump = Files.writeString(dir.resolve("fetch.txt"), "GET /index.txt HTTP/1.1\r\nHost: example.org\r\n\r\n");
        DecodeCommandTest.Run run = DecodeCommandTest.run("decode", dump.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        assertEquals(0, run.json().get(0).get("problems").size(), run.out());
        DecodeCommandTest.Run list = DecodeCommandTest.run("decode", dump.toString(), "--list", "--json");
        assertEquals("http 0", list.json().get(0).get("protocol").asText() + " " + list.json().get(0).get("messages").asInt());
    }

    /**
     * W8-2: {@code decode} of a capture that holds only plain HTTP ended in an error (exit 2) that sent the reader to
     * {@code --list}: the capture was read, so it says that it holds no WebSocket conversation and lists what it holds,
     * exit 0 as for any file read (DESIGN.md).
     */
    @Test
    void withoutStreamAnHttpCaptureSaysItHoldsNoWebSocketAndListsItsConnections() {
        for (String file : List.of("plain-http.pcapng", "plain-http.tcpdump-X")) {
            DecodeCommandTest.Run run = DecodeCommandTest.run("decode", DIR + file, "--lang", "ru");

            assertEquals(0, run.status(), file + ": " + run.err());
            assertEquals("", run.err(), file);
            List<String> lines = run.out().lines().toList();
            assertTrue(lines.get(0).startsWith("# " + file + ": "), run.out());
            assertTrue(lines.get(1).startsWith("# здесь нет разговора WebSocket: в записи соединений TCP: 1,"), run.out());
            assertEquals("поток   клиент                   сервер                   протокол  сообщений       байт  начало (UTC)",
                    lines.get(2), run.out());
            assertTrue(lines.get(3).matches(" +0  127\\.0\\.0\\.1:\\d+ +127\\.0\\.0\\.1:187[45]1 +http +0 .*"), run.out());
            assertEquals(4, lines.size(), run.out());
        }
        DecodeCommandTest.Run json = DecodeCommandTest.run("decode", DIR + "plain-http.pcapng", "--json");
        assertEquals(0, json.status(), json.err());
        assertEquals("", json.out(), "no message, no JSON line");
        assertTrue(json.err().startsWith("note: there is no WebSocket conversation here: the capture holds 1 TCP"
                + " connection(s)"), json.err());
        assertTrue(json.err().contains(" http "), "what it holds, on stderr beside the JSON lines: " + json.err());
    }

    /** W8-2: {@code --list} named a plain HTTP connection «tcp, 0 messages»: it is HTTP. */
    @Test
    void theListNamesAnHttpConnectionHttp() {
        for (String file : List.of("plain-http.pcapng", "plain-http.tcpdump-X")) {
            DecodeCommandTest.Run run = DecodeCommandTest.run("decode", DIR + file, "--list", "--json");

            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("\"protocol\":\"http\""), file + ": " + run.out());
        }
        DecodeCommandTest.Run websocket = DecodeCommandTest.run("decode", DIR + "ws-stream1.pcap", "--list", "--json");
        assertTrue(websocket.out().contains("\"protocol\":\"websocket\""), websocket.out());
    }

    @Test
    void aGzipCompressedCaptureSaysSoAndShowsTheCapturesFrames() {
        DecodeCommandTest.Run zipped = DecodeCommandTest.run("decode", DIR + "ws-stream1.pcap.gz", "--json");
        DecodeCommandTest.Run plain = DecodeCommandTest.run("decode", DIR + "ws-stream1.pcap", "--json");

        assertEquals(0, zipped.status(), zipped.err());
        assertTrue(zipped.err().startsWith("note: this file is gzip-compressed: what is shown is the pcap capture it"
                + " holds, unpacked. Byte offsets count in the unpacked capture, not in the file."), zipped.err());
        assertEquals(plain.out(), zipped.out());

        DecodeCommandTest.Run text = DecodeCommandTest.run("decode", DIR + "ws-stream1.pcap.gz", "--lang", "ru");
        assertTrue(text.out().split("\n")[1].startsWith("# этот файл сжат gzip: в нём запись pcap"), text.out());
    }

    @Test
    void aGzipOfTextIsNamedAsGzipNotByTheBytesItHolds() throws Exception {
        Path notes = Files.write(dir.resolve("notes.xxd.gz"), gzip("00000000: 8105 4865 6c6c 6f  ..Hello\n"));
        for (List<String> how : List.<List<String>>of(List.of(), List.of("--list"), List.of("--summary"))) {
            List<String> args = new java.util.ArrayList<>(List.of("decode", notes.toString()));
            args.addAll(how);
            DecodeCommandTest.Run run = DecodeCommandTest.run(args.toArray(String[]::new));

            assertEquals(2, run.status(), how + ": " + run.out());
            assertEquals("error: cannot read notes.xxd.gz: it is gzip-compressed, and what it holds is no pcap or pcapng"
                    + " file. Unpack it (gunzip) and open what it holds.", run.err().strip(), how.toString());
            assertFalse(run.err().contains("30 30 30 30"), "the unpacked bytes are not the file's first: " + run.err());
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }
}
