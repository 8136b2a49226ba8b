package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

class DumpReaderMarkersTest {

    @Test
    void markersSplitTheDumpIntoChunksWithDirections() throws DumpException {
        Dump dump = Fixtures.read("# client\n"
                + "00000000: 8185 37fa 213d 7f9f 4d51 58              ..7.!=..MQX\n" // masked "Hello"
                + "# server\n"
                + "00000000: 8105 4865 6c6c 6f                        ..Hello\n"); // "Hello"

        assertTrue(dump.hadDirectionMarkers());
        assertEquals(List.of(Direction.CLIENT_TO_SERVER, Direction.SERVER_TO_CLIENT), directions(dump));
        assertEquals(List.of("818537fa213d7f9f4d5158", "810548656c6c6f"), hex(dump));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'# client', CLIENT_TO_SERVER",
        "'#client',  CLIENT_TO_SERVER",
        "'# C2S',    CLIENT_TO_SERVER",
        "'  # c2s ', CLIENT_TO_SERVER",
        "'# Server', SERVER_TO_CLIENT",
        "'#s2c',     SERVER_TO_CLIENT",
    })
    void markerSpellings(String marker, Direction direction) throws DumpException {
        Dump dump = Fixtures.read(marker + "\n810548656c6c6f\n");

        assertEquals(List.of(direction), directions(dump));
    }

    @Test
    void otherHashLinesAreComments() throws DumpException {
        Dump dump = Fixtures.read("# a hello from the server\n8105 4865\n#c2s is what comes next? no\n6c6c 6f\n");

        assertFalse(dump.hadDirectionMarkers());
        assertEquals(List.of("810548656c6c6f"), hex(dump));
    }

    @Test
    void bytesBeforeTheFirstMarkerGetTheGivenDirection() throws DumpException {
        byte[] text = "810548656c6c6f\n# c2s\n818537fa213d7f9f4d5158\n".getBytes(StandardCharsets.US_ASCII);

        Dump dump = DumpReader.read(text, "dump.txt", Direction.SERVER_TO_CLIENT);

        assertEquals(List.of(Direction.SERVER_TO_CLIENT, Direction.CLIENT_TO_SERVER), directions(dump));
    }

    @Test
    void sameDirectionTwiceStillStartsANewChunk() throws DumpException {
        Dump dump = Fixtures.read("# s2c\n810548656c6c6f\n# s2c\n890548656c6c6f\n"); // "Hello", ping "Hello"

        assertEquals(List.of("810548656c6c6f", "890548656c6c6f"), hex(dump));
    }

    @Test
    void markerWithNoBytesAfterItGivesNoChunk() throws DumpException {
        Dump dump = Fixtures.read("# c2s\n# s2c\n810548656c6c6f\n# c2s\n");

        assertEquals(List.of(Direction.SERVER_TO_CLIENT), directions(dump));
        assertTrue(dump.hadDirectionMarkers());
    }

    @Test
    void eachMarkedPieceOfAnOffsetDumpMayStartAtOffsetZero() throws DumpException {
        Dump dump = Fixtures.read("# c2s\n00000000  81 85 37 fa  |..7.|\n00000004\n"
                + "# s2c\n00000000  81 05  |..|\n00000002\n");

        assertEquals(List.of("818537fa", "8105"), hex(dump));
    }

    @Test
    void markersWorkInTcpdumpOutput() throws DumpException {
        Dump dump = Fixtures.read("# s2c\n12:00:00.000000 IP 127.0.0.1.5000 > 127.0.0.1.40000: Flags [P.]\n"
                + "\t0x0000:  4500 0034\n");

        assertEquals(List.of(Direction.SERVER_TO_CLIENT), directions(dump));
    }

    private static List<Direction> directions(Dump dump) {
        return dump.chunks().stream().map(Chunk::direction).toList();
    }

    private static List<String> hex(Dump dump) {
        return dump.chunks().stream().map(Fixtures::hex).toList();
    }
}
