package wsinspector.capture.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.capture.StreamPiece;
import wsinspector.dissect.Direction;

/** TCP streams put back together from real segments, reordered, repeated or lost. */
class TcpReassemblyTest {
    private static final PcapRecords STREAM_1 = new PcapRecords(PacketFixtures.bytes("ws-stream1.pcap"));

    @Test
    void segmentsOutOfOrderGiveTheSameFrames() throws DumpException {
        int[] order = STREAM_1.allNumbers();
        swap(order, 12, 14); // the second and third segments of the frame written in three pieces (frames 13, 15)
        swap(order, 3, 5); // the handshake request after the response

        assertEquals(PacketFixtures.STREAM_1_FRAMES, framesOf(STREAM_1.withRecords(order)));
    }

    @Test
    void retransmissionsAndOverlapsGiveTheirBytesOnce() throws DumpException {
        List<Integer> order = new ArrayList<>();
        for (int n : STREAM_1.allNumbers()) {
            order.add(n);
            if (n == 4 || n == 13 || n == 18) {
                order.add(n); // the handshake, a middle segment and two frames in one segment, sent twice
            }
        }
        order.add(17, 11); // an old segment again, long after it was acknowledged

        assertEquals(PacketFixtures.STREAM_1_FRAMES, framesOf(STREAM_1.withRecords(order.stream().mapToInt(i -> i).toArray())));
    }

    @Test
    void aLostSegmentBetweenFramesIsAGapAndTheNextSegmentDecodes() throws DumpException {
        // editcap ws-stream1.pcap ws-hole.pcap 23: the server's Pong (6 bytes) was never captured
        CapturedConnection c = PacketFixtures.read("ws-hole.pcap").connections().get(0);

        List<String> expected = new ArrayList<>(PacketFixtures.STREAM_1_FRAMES);
        expected.remove("s2c Pong ping");
        assertEquals(expected, PacketFixtures.frames(c));
        assertTrue(PacketFixtures.timeline(c).contains("s2c gap 6 bytes missing @173"), PacketFixtures.timeline(c).toString());
    }

    @Test
    void aLostSegmentInsideAFrameEndsThatFrameAndTheFramesAfterItDecode() throws DumpException {
        // editcap ws-stream1.pcap ws-hole-in-frame.pcap 13: 8 bytes from the middle of a 31-byte frame
        CapturedConnection c = PacketFixtures.read("ws-hole-in-frame.pcap").connections().get(0);

        List<String> expected = new ArrayList<>(PacketFixtures.STREAM_1_FRAMES);
        expected.remove("c2s Text split over three segments"); // as tshark: the server's echo is all it shows
        assertEquals(expected, PacketFixtures.frames(c));
        List<String> timeline = PacketFixtures.timeline(c);
        int gap = timeline.indexOf("c2s gap 8 bytes missing @171");
        // the frame's first 2 bytes (its header unfinished), the 8 lost, its last 21 stepped over to the next frame
        assertEquals(List.of("c2s undecoded @169", "c2s gap 8 bytes missing @171", "c2s undecoded @179"),
                timeline.subList(gap - 1, gap + 2));
    }

    @Test
    void bytesCutByTheSnapLengthAreGapsNeverInventedBytes() throws DumpException {
        // editcap -s 80: each packet keeps its 66 bytes of headers and at most 14 bytes of payload
        CapturedConnection whole = PacketFixtures.read("ws-stream1.pcap").connections().get(0);
        CapturedConnection cut = PacketFixtures.read("ws-snap80.pcap").connections().get(0);

        for (Direction d : Direction.values()) {
            assertEquals(streamLength(whole, d), streamLength(cut, d), d.code());
        }
        assertTrue(PacketFixtures.frames(cut).containsAll(List.of("c2s Text Hello", "s2c Text Hello", "c2s Ping ping")),
                PacketFixtures.frames(cut).toString());
        assertTrue(cut.pieces().stream().anyMatch(p -> p instanceof StreamPiece.Gap g && g.length() == 158 - 14));
    }

    @Test
    void aConnectionCaughtWithoutItsSynStartsAtItsFirstByteAndTheNamedPortIsTheServer() throws DumpException {
        int[] fromTheServersThirdFrame = java.util.stream.IntStream.rangeClosed(16, 28).toArray();
        byte[] file = STREAM_1.withRecords(fromTheServersThirdFrame);

        CapturedConnection c = wsinspector.capture.CaptureReader.read(file, "mid.pcap",
                new wsinspector.capture.CaptureReader.Options(null, 47311)).connections().get(0);

        assertTrue(c.webSocket());
        assertEquals(47311, c.server().port());
        assertEquals(PacketFixtures.STREAM_1_FRAMES.subList(3, 12), PacketFixtures.frames(c));
    }

    private static long streamLength(CapturedConnection c, Direction d) {
        long n = 0;
        for (StreamPiece p : c.pieces()) {
            if (p instanceof StreamPiece.Data data && data.chunk().direction() == d) {
                n += data.chunk().bytes().length;
            } else if (p instanceof StreamPiece.Gap g && g.direction() == d) {
                n += g.length();
            }
        }
        return n;
    }

    private static List<String> framesOf(byte[] pcap) throws DumpException {
        return PacketFixtures.frames(PacketFixtures.read(pcap).connections().get(0));
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
