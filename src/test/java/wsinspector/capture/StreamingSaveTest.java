package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/**
 * Save as of a big capture: a file written chunk by chunk ({@link SaveFormat#open}) has the bytes of the file written
 * from the whole list ({@link SaveFormat#write}), and each chunk's bytes are out by the time the next is added, so
 * nothing of the conversation piles up in the writer.
 */
class StreamingSaveTest {
    private static List<Chunk> conversation() {
        Random random = new Random(5);
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // up to 3 KiB: some chunks take several TCP segments
            byte[] bytes = new byte[1 + random.nextInt(i % 50 == 0 ? 3000 : 40)];
            random.nextBytes(bytes);
            Direction dir = random.nextInt(3) == 0 ? Direction.SERVER_TO_CLIENT : Direction.CLIENT_TO_SERVER;
            chunks.add(new Chunk(dir, i < 2 ? 0 : 1_700_000_000_000_000_000L + i * 1_000_000L, bytes));
        }
        return chunks;
    }

    @Test
    void chunkByChunkIsTheSameFileAsAllAtOnceInBothFormats() throws IOException {
        List<Chunk> chunks = conversation();
        for (SaveFormat format : SaveFormat.values()) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            format.write(whole, chunks, "a test", 50_000, 8080);

            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            ConversationWriter writer = format.open(streamed, "a test", 50_000, 8080,
                    TcpSynthesizer.firstTime(chunks));
            for (Chunk chunk : chunks) {
                writer.add(chunk);
            }
            writer.finish();

            assertArrayEquals(whole.toByteArray(), streamed.toByteArray(), format.name());
        }
    }

    @Test
    void eachChunkIsWrittenAsItComes() throws IOException {
        List<Chunk> chunks = conversation();
        for (SaveFormat format : SaveFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ConversationWriter writer = format.open(out, "a test", 50_000, 8080, TcpSynthesizer.firstTime(chunks));
            long before = out.size();
            int grew = 0;
            for (Chunk chunk : chunks) {
                writer.add(chunk);
                if (format == SaveFormat.XXD) {
                    // the text goes through a character encoder: what it holds is out at a flush
                    writer.finish();
                }
                grew += out.size() > before ? 1 : 0;
                before = out.size();
            }
            assertEquals(chunks.size(), grew, format + ": every chunk's bytes were out before the next came");
        }
    }

    @Test
    void aPcapngWrittenChunkByChunkReadsBackAsTheChunks() throws IOException {
        List<Chunk> chunks = conversation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConversationWriter writer = SaveFormat.PCAPNG.open(out, "a test", 50_000, 8080, TcpSynthesizer.firstTime(chunks));
        for (Chunk chunk : chunks) {
            writer.add(chunk);
        }
        writer.finish();

        List<PcapngWriterTest.Packet> packets = PcapngWriterTest.packets(out.toByteArray());
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        for (PcapngWriterTest.Packet p : packets) {
            if (p.srcPort() == 50_000) {
                client.writeBytes(p.payload());
            }
        }
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        chunks.stream().filter(c -> c.direction() == Direction.CLIENT_TO_SERVER).forEach(c -> sent.writeBytes(c.bytes()));
        assertArrayEquals(sent.toByteArray(), client.toByteArray());
        assertTrue(packets.get(0).nanos() < 1_700_000_000_002_000_000L, "the handshake comes before the first known time");
    }
}
