package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsinspector.capture.DumpReader;
import wsinspector.dissect.Chunk;

/** {@code convert IN OUT}: the format follows OUT's extension; failures are one line and exit 2. */
class ConvertCommandTest {
    static final Path NOTES = Path.of("samples", "course-notes.xxd");

    @TempDir
    Path dir;

    @Test
    void anXxdDumpConvertsToAnXxdDumpOfTheSameBytes() throws Exception {
        Path out = dir.resolve("again.xxd");
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", NOTES.toString(), out.toString());
        assertEquals(0, run.status(), run.err());
        List<Chunk> before = DumpReader.read(NOTES, null).chunks();
        List<Chunk> after = DumpReader.read(out, null).chunks();
        assertArrayEquals(concat(before), concat(after));
        assertTrue(Files.readString(out).startsWith("# Converted by WebSocket Inspector from course-notes.xxd (xxd)."));
    }

    @Test
    void aHarConvertsWithTheNoticeThatItsFramesAreReconstructed() throws Exception {
        Path out = dir.resolve("har.xxd");
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", "samples/chromium.har", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("# chromium.har holds WebSocket messages, not frames"));
    }

    @Test
    void anOutputWithoutAKnownExtensionIsRefused() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", NOTES.toString(), dir.resolve("x.pcap").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("must end in .pcapng or .xxd"), run.err());
    }

    @Test
    void aStreamTheInputDoesNotHoldIsRefused() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", "samples/chromium.har", dir.resolve("x.xxd").toString(),
                "--stream", "1");
        assertEquals(2, run.status());
        assertEquals("error: chromium.har holds conversation(s) numbered 0 to 0; there is no stream 1.\n",
                run.err());
    }

    @Test
    void aMissingInputIsOneLineAndExitTwo() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("convert", dir.resolve("none.xxd").toString(),
                dir.resolve("x.xxd").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: cannot read none.xxd: no such file."), run.err());
        assertEquals(1, run.err().lines().count());
    }

    private static byte[] concat(List<Chunk> chunks) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        chunks.forEach(c -> out.writeBytes(c.bytes()));
        return out.toByteArray();
    }
}
