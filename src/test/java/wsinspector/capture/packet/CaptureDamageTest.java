package wsinspector.capture.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.DumpException;

/**
 * Damaged captures, each made from a real one in the test: every damage is a notice naming its byte
 * offset, and what comes before it is still read.
 */
class CaptureDamageTest {
    private static final byte[] PCAP = PacketFixtures.bytes("ws-stream1.pcap");
    private static final PcapRecords RECORDS = new PcapRecords(PCAP);

    @Test
    void aBigEndianPcapReadsAsTheLittleEndianOne() throws DumpException {
        assertEquals(PacketFixtures.STREAM_1_FRAMES, framesOf(RECORDS.bigEndian()));
    }

    @Test
    void aFileCutInsideAPacketKeepsThePacketsBeforeIt() throws DumpException {
        int record20 = offsetOfRecord(20);
        Capture capture = PacketFixtures.read(Arrays.copyOf(PCAP, record20 + 16 + 30));

        assertEquals(List.of(CaptureNotice.of("pcap.truncated-record", record20, 20, 30, 71)), noticesBut(capture, "tcp.gap"));
        assertEquals(PacketFixtures.STREAM_1_FRAMES.subList(0, 7), PacketFixtures.frames(capture.connections().get(0)));
    }

    @Test
    void aFileCutInsideARecordHeader() throws DumpException {
        int record5 = offsetOfRecord(5);
        Capture capture = PacketFixtures.read(Arrays.copyOf(PCAP, record5 + 7));

        assertEquals(List.of(CaptureNotice.of("pcap.truncated-record-header", record5, 5, 7)), noticesBut(capture, "tcp.gap"));
        assertEquals(1, capture.connections().size());
    }

    @Test
    void anAbsurdRecordLengthStopsReadingThere() throws DumpException {
        byte[] file = PCAP.clone();
        int record5 = offsetOfRecord(5);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(record5 + 8, 0x7FFF_FFF0);

        Capture capture = PacketFixtures.read(file);

        assertEquals(List.of(CaptureNotice.of("pcap.absurd-length", record5, 5, 0x7FFF_FFF0L, 1 << 20)),
                noticesBut(capture, "tcp.gap"));
    }

    @Test
    void aFileWithoutTheMagicIsNoPacketCapture() {
        byte[] file = PCAP.clone();
        file[0] = 0;

        DumpException e = assertThrows(DumpException.class, () -> CaptureReader.streamPackets(
                new ByteArrayInputStream(file), "x.pcap", 0, new NoListener()));
        assertEquals("cannot read x.pcap: it is no pcap or pcapng file (its first bytes are 00 c3 b2 a1).", e.getMessage());
    }

    @Test
    void aPcapngBlockWhoseTrailingLengthDisagreesStopsThere() throws DumpException {
        PcapngBlocks blocks = new PcapngBlocks(PacketFixtures.bytes("ws-tshark.pcapng"));
        int index = firstPacketBlock(blocks) + 10;
        byte[] block = blocks.blocks.get(index);
        ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).putInt(block.length - 4, block.length + 8);

        Capture capture = PacketFixtures.read(blocks.file());

        assertEquals(List.of(CaptureNotice.of("pcapng.block-length-mismatch", blocks.offsetOf(index), block.length,
                block.length + 8)), noticesBut(capture, "tcp.gap", "capture.comment"));
        assertEquals(PacketFixtures.STREAM_1_FRAMES.subList(0, 2), PacketFixtures.frames(capture.connections().get(0)));
    }

    @Test
    void aPcapngBlockLengthThatIsNoMultipleOfFour() throws DumpException {
        PcapngBlocks blocks = new PcapngBlocks(PacketFixtures.bytes("ws-tshark.pcapng"));
        int index = firstPacketBlock(blocks) + 3;
        ByteBuffer.wrap(blocks.blocks.get(index)).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1_000_001);

        Capture capture = PacketFixtures.read(blocks.file());

        assertEquals(List.of(CaptureNotice.of("pcapng.bad-block-length", blocks.offsetOf(index), 1_000_001)),
                noticesBut(capture, "tcp.gap", "capture.comment"));
    }

    @Test
    void simpleAndObsoletePacketBlocksAreRead() throws DumpException {
        PcapngBlocks blocks = new PcapngBlocks(PacketFixtures.bytes("ws-tshark.pcapng"));

        assertEquals(PacketFixtures.STREAM_1_FRAMES, framesOf(blocks.withObsoletePackets()));
        Capture simple = PacketFixtures.read(blocks.withSimplePackets());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(simple.connections().get(0)));
        assertEquals(0L, simple.connections().get(0).startNanos()); // a Simple Packet Block has no time
    }

    @Test
    void aPcapInsideGzipIsRead() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(PCAP);
        }
        Capture capture = PacketFixtures.read(zipped.toByteArray());

        assertEquals("pcap", capture.format());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(capture.connections().get(0)));
    }

    private static int firstPacketBlock(PcapngBlocks blocks) {
        for (int i = 0; i < blocks.blocks.size(); i++) {
            if (PcapngBlocks.type(blocks.blocks.get(i)) == PcapngBlocks.ENHANCED_PACKET) {
                return i;
            }
        }
        throw new IllegalStateException("no packet block");
    }

    private static int offsetOfRecord(int number) {
        int at = 24;
        for (int i = 0; i < number - 1; i++) {
            at += RECORDS.records.get(i).length;
        }
        return at;
    }

    private static List<CaptureNotice> noticesBut(Capture capture, String... keys) {
        return capture.notices().stream().filter(n -> !List.of(keys).contains(n.key())).toList();
    }

    private static List<String> framesOf(byte[] file) throws DumpException {
        return PacketFixtures.frames(PacketFixtures.read(file).connections().get(0));
    }

    private static final class NoListener implements TcpStreamListener {
        @Override
        public void opened(TcpConnection connection) {
        }

        @Override
        public void data(TcpConnection c, wsinspector.dissect.Direction d, long t, byte[] b, int o, int l) {
        }

        @Override
        public void gap(TcpConnection c, wsinspector.dissect.Direction d, long t, long at, long length) {
        }

        @Override
        public void event(TcpConnection c, wsinspector.dissect.Direction d, long t, wsinspector.dissect.ConnectionEvent e) {
        }
    }
}
