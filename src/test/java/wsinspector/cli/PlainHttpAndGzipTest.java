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
