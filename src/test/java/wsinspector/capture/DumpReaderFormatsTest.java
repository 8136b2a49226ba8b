package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/** Every real dump of frames.bin reads back to the same bytes, in the format it is. */
class DumpReaderFormatsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "frames.bin,        RAW",
        "frames.xxd,        XXD",
        "frames.xxd-a,      XXD",
        "frames.xxd-p,      XXD_PLAIN",
        "frames.hexdump-C,  HEXDUMP_C",
        "frames.od,         OD",
        "frames.od-v,       OD",
        "frames.od-octal,   OD",
        "frames.wireshark,  WIRESHARK_HEX",
    })
    void everyDumpOfFramesGivesTheSameBytes(String fixture, DumpFormat format) throws DumpException {
        Dump dump = DumpReader.read(Fixtures.resource(fixture), fixture, null);

        assertEquals(format, dump.format());
        assertEquals(1, dump.chunks().size());
        assertArrayEquals(Fixtures.FRAMES, dump.chunks().get(0).bytes());
    }

    @Test
    void tcpdumpPacketsWithTheirHeaderLinesCutOutStillSplitAtOffsetZero() throws DumpException {
        Dump dump = Fixtures.read("\t0x0000:  4500\n\t0x0002:  0034\n\t0x0000:  4501\n");

        assertEquals(List.of("45000034", "4501"), dump.chunks().stream().map(Fixtures::hex).toList());
    }

    @Test
    void chunksGetTheGivenDirectionAndNoTimestamp() throws DumpException {
        Dump dump = DumpReader.read(Fixtures.resource("frames.xxd"), "frames.xxd", Direction.SERVER_TO_CLIENT);

        Chunk chunk = dump.chunks().get(0);
        assertEquals(Direction.SERVER_TO_CLIENT, chunk.direction());
        assertEquals(0L, chunk.timestampNanos());
        assertFalse(dump.hadDirectionMarkers());
    }

    @Test
    void withoutDirectionTheDissectorInfersIt() throws DumpException {
        Dump dump = DumpReader.read(Fixtures.resource("frames.hexdump-C"), "frames.hexdump-C", null);

        assertNull(dump.chunks().get(0).direction());
    }

    @Test
    void readsFromAFile() throws DumpException {
        Path file = Path.of("src/test/resources/wsinspector/capture/frames.xxd");

        assertArrayEquals(Fixtures.FRAMES, DumpReader.read(file, null).chunks().get(0).bytes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "00000000: 3031 3233  0123 ; 30313233", // text column that looks like hex
        "00000000: 3031 3233 3435 3637 3839 6162 6364 6566  0123456789abcdef ; 30313233343536373839616263646566",
        "00000000: 81 05 48 65 6c 6c 6f  ..Hello ; 810548656c6c6f", // xxd -g1
        "00000000: 81054865 6c6c6f     ..Hello ; 810548656c6c6f", // xxd -g4
        "00000000  30 31 32 33                                       |0123| ; 30313233",
        "0000   30 31 32 33   0123 ; 30313233", // Wireshark
        "0000   30 31 32 33 ; 30313233", // Wireshark, hex only
        "000000 30 31 32 33  >0123< ; 30313233", // od -Ax -tx1z
        "\t0x0000:  3031 3233                                0123 ; 30313233", // tcpdump -X
    })
    void textColumnIsNeverReadAsHex(String line, String bytes) throws DumpException {
        assertEquals(bytes, Fixtures.hex(Fixtures.read(line.replace("\\t", "\t") + "\n").chunks().get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "810548656c6c6f                     | XXD_PLAIN",
        "81 05 48 65 6c 6c 6f               | PLAIN_HEX",
        "0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f | PLAIN_HEX",
        "0x81 0x5 0x48 0x65 0x6C 0x6C 0x6F  | PLAIN_HEX",
        "8105 4865 6c6c 6f                  | PLAIN_HEX",
        "81054865\\n6c6c6f                  | XXD_PLAIN",
        "81,05,48\\n\\n65 6c\\t6c 6f          | PLAIN_HEX",
    })
    void plainHexMayHaveSpacesPrefixesCommasAndLineBreaks(String text, DumpFormat format) throws DumpException {
        Dump dump = Fixtures.read(text.replace("\\n", "\n").replace("\\t", "\t"));

        assertEquals(format, dump.format());
        assertEquals("810548656c6c6f", Fixtures.hex(dump.chunks().get(0))); // "Hello"
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkAreFine() throws DumpException {
        byte[] text = "\uFEFF00000000: 8105 4865 6c6c 6f    ..Hello\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertEquals("810548656c6c6f", Fixtures.hex(DumpReader.read(text, "dump.txt", null).chunks().get(0)));
    }

    @Test
    void wiresharkTextColumnWithBarsIsNotHexdump() throws DumpException {
        Dump dump = Fixtures.read("0000   7c 7c   ||\n0002   30 31   01\n");

        assertEquals(DumpFormat.WIRESHARK_HEX, dump.format());
        assertEquals("7c7c3031", Fixtures.hex(dump.chunks().get(0))); // "||01"
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "0000000 00\\n*\\n0000011 20\\n0000012; od -tx1 -w1: octal offsets",
        "0000000 00\\n*\\n0000009 20\\n0000010; od -Ad -tx1 -w1: decimal offsets",
        "000000 00\\n*\\n000009 20\\n00000a; od -Ax -tx1 -w1: hex offsets",
    })
    void odOffsetsInAnyRadixExpandStarsRight(String text, String command) throws DumpException {
        Dump dump = Fixtures.read(text.replace("\\n", "\n")); // nine zero bytes, then a space

        assertEquals("00000000000000000020", Fixtures.hex(dump.chunks().get(0)), command);
    }

    @Test
    void odOfAnEmptyFileIsJustItsEndOffset() throws DumpException {
        Dump dump = Fixtures.read("0000000\n");

        assertEquals(DumpFormat.OD, dump.format());
        assertEquals(List.of(), dump.chunks());
    }
}
