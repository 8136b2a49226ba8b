package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wsinspector.dissect.Chunk;

/** {@link DumpReader#stream}: a raw file in slices, never whole; a text dump as the reader reads it. */
class DumpReaderStreamTest {
    @TempDir
    Path dir;

    @Test
    void aRawFileComesInSlicesThatAddUpToIt() throws Exception {
        byte[] content = new byte[3 * DumpReader.SLICE + 123];
        new Random(1).nextBytes(content);
        content[0] = (byte) 0x82; // binary from its first byte
        Path file = Files.write(dir.resolve("random.bin"), content);
        List<DumpFormat> formats = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        DumpFormat format = DumpReader.stream(file, null, formats::add, c -> {
            assertEquals(1, formats.size(), "the format is known before the first chunk");
            chunks.add(c);
        });
        assertEquals(DumpFormat.RAW, format);
        assertEquals(4, chunks.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Chunk c : chunks) {
            assertTrue(c.bytes().length <= DumpReader.SLICE);
            assertNull(c.direction());
            joined.writeBytes(c.bytes());
        }
        assertArrayEquals(content, joined.toByteArray());
    }

    @Test
    void aTextDumpLongerThanASliceIsTextEvenWhenTheSliceCutsACharacter() throws Exception {
        StringBuilder text = new StringBuilder("# client\n");
        // a comment of Cyrillic letters (2 bytes each in UTF-8) placed so that the slice ends inside one
        text.append("# ").append("ж".repeat((DumpReader.SLICE - text.length() - 2) / 2 + 1)).append('\n');
        text.append("00000000: 8105 4865 6c6c 6f                        ..Hello\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > DumpReader.SLICE);
        Path file = Files.write(dir.resolve("long-comment.xxd"), bytes);
        List<Chunk> chunks = new ArrayList<>();
        DumpFormat format = DumpReader.stream(file, null, f -> { }, chunks::add);
        assertEquals(DumpFormat.XXD, format);
        assertEquals(1, chunks.size());
        assertEquals("810548656c6c6f", Fixtures.hex(chunks.get(0)));
    }

    @Test
    void aMissingFileIsOneSentence() {
        DumpException e = org.junit.jupiter.api.Assertions.assertThrows(DumpException.class,
                () -> DumpReader.stream(dir.resolve("absent.bin"), null, f -> { }, c -> { }));
        assertTrue(e.getMessage().startsWith("cannot read absent.bin: no such file"), e.getMessage());
    }
}
