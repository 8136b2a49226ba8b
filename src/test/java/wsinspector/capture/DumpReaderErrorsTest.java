package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors name the file, the line and what was wrong, and say what to do. */
class DumpReaderErrorsTest {

    @Test
    void badHexNamesTheLineAndColumn() {
        String text = "81 05 48 65\n6c 6c 6f\n# masked\n81 85 37 fa\n21 3d 7f 9f\n4d 51 58\n81 05 4G\n";

        DumpException e = assertThrows(DumpException.class, () -> Fixtures.read(text));

        assertEquals("dump.txt line 7: \"81 05 4G\" is not hex (expected two hex digits at column 7). "
                + "Correct the line, or start it with # to make it a comment.", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\\n00000010: 51G8  QX"
                + "; line 2: \"00000010: 51G8  QX\" is not hex (expected two hex digits at column 13)",
        "00000000  81 05 48 65 6c 6c 6f 81  85 37 fa 21 3d 7f 9f 4d  |..Hello..7.!=..M|\\nhello there"
                + "; line 2: \"hello there\" is not a line of hexdump -C output",
        "81 05\\n481 65; line 2: \"481 65\" has an odd number of hex digits in \"481\" at column 1",
        "000000 0581 6548; line 1: \"000000 0581 6548\" looks like the output of hexdump or od -x",
        "0000000 0581 6548 6c6c 816f\\n0000010; line 1: \"0000000 0581 6548 6c6c 816f\" looks like the output of hexdump",
    })
    void badLinesAreNamed(String text, String expectedStart) {
        DumpException e = assertThrows(DumpException.class, () -> Fixtures.read(text.replace("\\n", "\n")));

        assertTrue(e.getMessage().startsWith("dump.txt " + expectedStart), e.getMessage());
    }

    @Test
    void gapInOffsetsNamesTheLine() {
        String text = "00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\n"
                + "00000020: 5158                                     QX\n";

        DumpException e = assertThrows(DumpException.class, () -> Fixtures.read(text));

        assertEquals("dump.txt line 2: the offset 00000020 leaves a gap: the line before ended at 00000010, so 16"
                + " bytes are missing. A dump must list every line; dump the bytes again without cutting lines out,"
                + " or start each separate piece with a line \"# c2s\" or \"# s2c\".", e.getMessage());
    }

    @Test
    void offsetGoingBackwardsNamesTheLine() {
        String text = "000000 81 05 48 65\n000004 6c 6c 6f\n000004 81 85\n";

        DumpException e = assertThrows(DumpException.class, () -> Fixtures.read(text));

        assertTrue(e.getMessage().startsWith("dump.txt line 3: the offset 000004 goes backwards: the line before"
                + " ended at 000007"), e.getMessage());
    }

    @Test
    void starWithoutALineBeforeItIsAnError() {
        DumpException e = assertThrows(DumpException.class,
                () -> Fixtures.read("00000000  81 05  |..|\n00000002\n# s2c\n*\n00000010  00 00  |..|\n"));

        assertTrue(e.getMessage().startsWith("dump.txt line 4: \"*\" stands for repeats"), e.getMessage());
    }

    @Test
    void starNotFollowedByAnOffsetIsAnError() {
        DumpException e = assertThrows(DumpException.class,
                () -> Fixtures.read("00000000  00 00 00 00  |....|\n*\n"));

        assertTrue(e.getMessage().startsWith("dump.txt line 2: \"*\" is not followed by a line with an offset"),
                e.getMessage());
    }

    @Test
    void starThatDoesNotEndOnALineBoundaryIsAnError() {
        DumpException e = assertThrows(DumpException.class,
                () -> Fixtures.read("00000000  00 00 00 00  |....|\n*\n00000006\n"));

        assertTrue(e.getMessage().startsWith("dump.txt line 3: the offset 00000006 does not end a run of repeated"
                + " 4-byte lines after the \"*\" on line 2"), e.getMessage());
    }

    @Test
    void starStandingForAHugeRunIsRefusedBeforeAnythingIsAllocated() {
        DumpException e = assertThrows(DumpException.class,
                () -> Fixtures.read("00000000  00 00 00 00  |....|\n*\n7ffffffffff0\n"));

        assertTrue(e.getMessage().contains("more than the 64 MiB a dump may hold"), e.getMessage());
    }

    @Test
    void starExpandsFromTheOffsetsEvenForOneByteLines() throws DumpException {
        Dump dump = Fixtures.read("000000 00\n*\n100000\n"); // od -Ax -tx1 -w1 of 1 MiB of zeros

        assertEquals(1 << 20, dump.chunks().get(0).bytes().length);
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        DumpException e = assertThrows(DumpException.class, () -> DumpReader.read(dir.resolve("dump.txt"), null));

        assertTrue(e.getMessage().startsWith("cannot read dump.txt: no such file."), e.getMessage());
    }

    @Test
    void folderIsAClearError(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("dumps"));

        DumpException e = assertThrows(DumpException.class, () -> DumpReader.read(folder, null));

        assertTrue(e.getMessage().startsWith("cannot read dumps: it is a folder"), e.getMessage());
    }
}
