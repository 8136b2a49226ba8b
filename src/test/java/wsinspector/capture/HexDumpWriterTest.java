package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/** The saved hex dump: xxd's layout, direction markers, and the reader gets the same bytes back. */
class HexDumpWriterTest {

    @Test
    void linesLookLikeXxd() {
        // the vector of shared/vectors: 81 05 "Hello" and the masked RFC example, 16 bytes on a line
        byte[] bytes = HexFormat.of().parseHex("810548656c6c6f818537fa213d7f9f4d5158");
        String text = HexDumpWriter.writeChunks(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, bytes)), null);
        assertEquals("# client\n"
                + "00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\n"
                + "00000010: 5158                                     QX\n", text);
    }

    @Test
    void eachDirectionCountsItsOwnOffsets() {
        String text = HexDumpWriter.writeChunks(List.of(c2s(new byte[] {1, 2}), s2c(new byte[] {3}),
                c2s(new byte[] {4})), "one\ntwo");
        assertEquals("# one\n# two\n# client\n00000000: 0102" + " ".repeat(37) + "..\n# server\n00000000: 03"
                + " ".repeat(39) + ".\n# client\n00000002: 04" + " ".repeat(39) + ".\n", text);
    }

    @Test
    void theCourseNotesReadBackAsTheSameMessages() throws Exception {
        List<Message> original = Dissector.dissect(courseNotes()).messages();
        String text = HexDumpWriter.write(original, "saved");

        Dump dump = DumpReader.read(text.getBytes(StandardCharsets.UTF_8), "saved.xxd", null);
        List<Message> back = Dissector.dissect(dump.chunks()).messages();

        assertEquals(DumpFormat.XXD, dump.format());
        assertEquals(original.size(), back.size());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i).direction(), back.get(i).direction());
            assertEquals(original.get(i).offset(), back.get(i).offset());
            assertArrayEquals(original.get(i).wire(), back.get(i).wire());
        }
    }

    @ParameterizedTest(name = "{0} random bytes per chunk")
    @ValueSource(ints = {1, 15, 16, 17, 255, 4096})
    void anyBytesSurviveTheRoundTrip(int size) throws Exception {
        Random random = new Random(size);
        List<Chunk> chunks = List.of(c2s(randomBytes(random, size)), s2c(randomBytes(random, size)),
                c2s(randomBytes(random, size)));
        Dump back = DumpReader.read(HexDumpWriter.writeChunks(chunks, "random").getBytes(StandardCharsets.UTF_8), "r", null);
        assertEquals(3, back.chunks().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(chunks.get(i).direction(), back.chunks().get(i).direction());
            assertArrayEquals(chunks.get(i).bytes(), back.chunks().get(i).bytes());
        }
    }

    @Test
    void messagesInOneDirectionInARowBecomeOneChunk() throws Exception {
        List<Message> notes = Dissector.dissect(courseNotes()).messages();
        List<Chunk> chunks = HexDumpWriter.toChunks(notes);
        // c2s, s2c, c2s, s2c (echo + ping), c2s (pong + close), s2c
        assertEquals(6, chunks.size());
        ByteArrayOutputStream pongAndClose = new ByteArrayOutputStream();
        pongAndClose.writeBytes(notes.get(5).wire());
        pongAndClose.writeBytes(notes.get(6).wire());
        assertArrayEquals(pongAndClose.toByteArray(), chunks.get(4).bytes());
    }

    /** The course notes' conversation as samples/ holds it (the reader is tested on its own). */
    private static List<Chunk> courseNotes() throws DumpException {
        return DumpReader.read(Path.of("samples", "course-notes.xxd"), null).chunks();
    }

    private static Chunk c2s(byte[] bytes) {
        return Chunk.of(Direction.CLIENT_TO_SERVER, bytes);
    }

    private static Chunk s2c(byte[] bytes) {
        return Chunk.of(Direction.SERVER_TO_CLIENT, bytes);
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
