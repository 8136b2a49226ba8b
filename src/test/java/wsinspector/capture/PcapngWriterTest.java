package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/** The pcapng file read back block by block: its structure, its TCP bookkeeping, its times. */
class PcapngWriterTest {
    record Block(int type, ByteBuffer body) {
    }

    record Packet(long nanos, byte[] frame) {
        int flags() {
            return frame[14 + 20 + 13] & 0xFF;
        }

        long seq() {
            return ByteBuffer.wrap(frame, 14 + 20 + 4, 4).getInt() & 0xFFFFFFFFL;
        }

        long ack() {
            return ByteBuffer.wrap(frame, 14 + 20 + 8, 4).getInt() & 0xFFFFFFFFL;
        }

        int srcPort() {
            return ByteBuffer.wrap(frame, 14 + 20, 2).getShort() & 0xFFFF;
        }

        byte[] payload() {
            return java.util.Arrays.copyOfRange(frame, 14 + 40, frame.length);
        }
    }

    static List<Block> blocks(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        List<Block> blocks = new ArrayList<>();
        while (b.hasRemaining()) {
            int start = b.position();
            int type = b.getInt();
            int length = b.getInt();
            assertEquals(0, length % 4, "block lengths are multiples of 4");
            assertEquals(length, b.getInt(start + length - 4), "the trailing length repeats the leading one");
            blocks.add(new Block(type, b.slice(start + 8, length - 12).order(ByteOrder.LITTLE_ENDIAN)));
            b.position(start + length);
        }
        return blocks;
    }

    static List<Packet> packets(byte[] file) {
        List<Packet> packets = new ArrayList<>();
        for (Block block : blocks(file)) {
            if (block.type() == 6) {
                ByteBuffer body = block.body();
                long nanos = ((long) body.getInt(4) << 32) | (body.getInt(8) & 0xFFFFFFFFL);
                byte[] frame = new byte[body.getInt(12)];
                body.get(20, frame);
                packets.add(new Packet(nanos, frame));
            }
        }
        return packets;
    }

    static byte[] write(List<Chunk> chunks) {
        return PcapngWriter.toBytes(chunks, "from a test");
    }

    @Test
    void aSectionHeaderWithTheCommentThenOneEthernetInterfaceThenPackets() {
        List<Block> blocks = blocks(write(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, new byte[] {1}))));
        assertEquals(0x0A0D0D0A, blocks.get(0).type());
        assertEquals(0x1A2B3C4D, blocks.get(0).body().getInt(0));
        String shb = new String(blocks.get(0).body().array(), StandardCharsets.UTF_8);
        assertTrue(shb.contains("from a test"));
        assertEquals(1, blocks.get(1).type());
        assertEquals(1, blocks.get(1).body().getShort(0), "link type Ethernet");
        // SYN, SYN-ACK, ACK, one data segment, FIN, FIN, ACK
        assertEquals(7, blocks.size() - 2);
    }

    @Test
    void theBytesOfEachDirectionAreItsSegmentsInSequence() {
        Random random = new Random(7);
        byte[] big = new byte[5000];
        random.nextBytes(big);
        List<Chunk> chunks = List.of(Chunk.of(Direction.CLIENT_TO_SERVER, "GET".getBytes(StandardCharsets.US_ASCII)),
                Chunk.of(Direction.SERVER_TO_CLIENT, big), Chunk.of(Direction.CLIENT_TO_SERVER, new byte[] {9, 8}));
        List<Packet> packets = packets(write(chunks));
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        ByteArrayOutputStream server = new ByteArrayOutputStream();
        long[] expectedSeq = new long[2];
        for (Packet p : packets) {
            int side = p.srcPort() == PcapngWriter.DEFAULT_CLIENT_PORT ? 0 : 1;
            if ((p.flags() & 0x02) != 0) {
                expectedSeq[side] = p.seq() + 1;   // a SYN takes one sequence number
                continue;
            }
            if (p.payload().length > 0) {
                assertEquals(expectedSeq[side], p.seq(), "segments follow each other without gaps");
                assertTrue(p.payload().length <= TcpSynthesizer.MSS);
                expectedSeq[side] += p.payload().length;
                (side == 0 ? client : server).writeBytes(p.payload());
            }
            if ((p.flags() & 0x10) != 0) {
                assertEquals(expectedSeq[1 - side], p.ack(), "every ACK acknowledges all the other side sent");
            }
            if ((p.flags() & 0x01) != 0) {
                expectedSeq[side]++;   // so does a FIN
            }
        }
        assertArrayEquals(new byte[] {'G', 'E', 'T', 9, 8}, client.toByteArray());
        assertArrayEquals(big, server.toByteArray());
    }

    @Test
    void ipAndTcpChecksumsAreRight() {
        for (Packet p : packets(write(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, new byte[] {1, 2, 3}))))) {
            assertEquals(0, TcpSynthesizer.checksum(p.frame(), 14, 20, 0), "IPv4 header checksum");
            long pseudo = 0x7f00 + 0x0001 + 0x7f00 + 0x0001 + 6 + (p.frame().length - 34);
            assertEquals(0, TcpSynthesizer.checksum(p.frame(), 34, p.frame().length - 34, pseudo), "TCP checksum");
        }
    }

    @Test
    void knownTimesAreKeptAndTimeNeverGoesBack() {
        long t0 = 1_796_001_603_596_000_000L;
        List<Chunk> chunks = List.of(new Chunk(Direction.CLIENT_TO_SERVER, t0, new byte[] {1}),
                new Chunk(Direction.SERVER_TO_CLIENT, t0 + 5_000_000, new byte[] {2}),
                new Chunk(Direction.CLIENT_TO_SERVER, t0 + 1_000_000, new byte[] {3}),
                new Chunk(Direction.SERVER_TO_CLIENT, 0, new byte[] {4}));
        List<Packet> data = packets(write(chunks)).stream().filter(p -> p.payload().length > 0).toList();
        assertEquals(t0, data.get(0).nanos());
        assertEquals(t0 + 5_000_000, data.get(1).nanos());
        assertEquals(t0 + 5_000_000, data.get(2).nanos(), "an earlier time is raised to the last one");
        assertTrue(data.get(3).nanos() > data.get(2).nanos(), "an unknown time follows the last one");
    }
}
