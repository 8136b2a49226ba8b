package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wsinspector.dissect.Direction;

/** Which files are text dumps and which are the bytes themselves. */
class DumpReaderDetectionTest {
    private static final String HANDSHAKE = "GET /chat HTTP/1.1\r\n"
            + "Host: server.example.com\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n";

    @Test
    void rawHandshakeIsPrintableTextButRawBytes() throws DumpException {
        byte[] bytes = HANDSHAKE.getBytes(StandardCharsets.US_ASCII);

        Dump dump = DumpReader.read(bytes, "handshake.txt", Direction.CLIENT_TO_SERVER);

        assertEquals(DumpFormat.RAW, dump.format());
        assertArrayEquals(bytes, dump.chunks().get(0).bytes());
        assertEquals(Direction.CLIENT_TO_SERVER, dump.chunks().get(0).direction());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
        "Accept: text/html\r\n",
        "hello world\n",
        "cafe is open\n",
    })
    void textThatIsNoDumpIsRaw(String text) throws DumpException {
        assertEquals(DumpFormat.RAW, Fixtures.read(text).format());
    }

    @Test
    void handshakeFollowedByBinaryFramesIsRaw() throws DumpException {
        byte[] bytes = Fixtures.concat(HANDSHAKE.getBytes(StandardCharsets.US_ASCII), Fixtures.FRAMES);

        Dump dump = DumpReader.read(bytes, "capture.bin", null);

        assertEquals(DumpFormat.RAW, dump.format());
        assertArrayEquals(bytes, dump.chunks().get(0).bytes());
    }

    @Test
    void hexFollowedByBinaryIsRaw() throws DumpException {
        byte[] bytes = Fixtures.concat("81 05 48\n".getBytes(StandardCharsets.US_ASCII), Fixtures.FRAMES);

        assertEquals(DumpFormat.RAW, DumpReader.read(bytes, "x.bin", null).format());
    }

    @Test
    void emptyFileGivesNoChunks(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("dump.txt"), new byte[0]);

        Dump dump = DumpReader.read(file, null);

        assertEquals(List.of(), dump.chunks());
        assertFalse(dump.hadDirectionMarkers());
    }

    @Test
    void blankLinesAndCommentsGiveNoChunks() throws DumpException {
        assertEquals(List.of(), Fixtures.read("\n  \n# nothing yet\n").chunks());
    }

    @Test
    void rawDumpDoesNotShareTheCallersArray() throws DumpException {
        byte[] bytes = {(byte) 0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f}; // "Hello"

        Dump dump = DumpReader.read(bytes, "x.bin", null);
        bytes[0] = 0;

        assertEquals((byte) 0x81, dump.chunks().get(0).bytes()[0]);
    }

    @Test
    void commentsInUtf8DoNotMakeADumpBinary() throws DumpException {
        Dump dump = Fixtures.read("# кадр «Hello» от сервера\n810548656c6c6f\n");

        assertEquals(DumpFormat.XXD_PLAIN, dump.format());
    }
}
