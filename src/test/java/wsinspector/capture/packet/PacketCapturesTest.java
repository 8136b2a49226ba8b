package wsinspector.capture.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;

/** Every real capture of the same conversation decodes to the frames tshark reports. */
class PacketCapturesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "ws-stream1.pcap,         pcap",     // tcpdump -i lo: Ethernet, microseconds, little-endian
        "ws-lo-nano.pcap,         pcap",     // nanosecond magic
        "ws-any-sll.pcap,         pcap",     // tcpdump -i any -y LINUX_SLL
        "ws-any-sll2.pcap,        pcap",     // tcpdump -i any: Linux cooked v2
        "ws-tshark.pcapng,        pcapng",   // tshark on lo, with a packet comment
    })
    void everyCaptureOfTheConversationGivesTsharksFrames(String file, String format) throws DumpException {
        Capture capture = PacketFixtures.read(file);

        assertEquals(format, capture.format());
        assertEquals(1, capture.connections().size());
        CapturedConnection c = capture.connections().get(0);
        assertTrue(c.webSocket());
        assertEquals("127.0.0.1:42276", c.client().toString());
        assertEquals("127.0.0.1:47311", c.server().toString());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(c));
    }

    @Test
    void connectionsAreNumberedAsWiresharksTcpStream() throws DumpException {
        Capture capture = PacketFixtures.read("ws-lo.pcap");

        // tshark -r ws-lo.pcap -T fields -e tcp.stream -e ip.src -e ipv6.src -e tcp.srcport -e tcp.dstport
        assertEquals(List.of("0 127.0.0.1:42270 127.0.0.1:47311 false", "1 127.0.0.1:42276 127.0.0.1:47311 true",
                        "2 [::1]:38694 [::1]:47312 true", "3 127.0.0.1:42286 127.0.0.1:47311 true"),
                capture.connections().stream()
                        .map(c -> c.stream() + " " + c.client() + " " + c.server() + " " + c.webSocket()).toList());
        assertEquals(1, capture.firstWebSocket().stream());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(capture.stream(2)), "IPv6");
    }

    @Test
    void timestampsAreNanosecondsSinceTheEpoch() throws DumpException {
        // tshark -r ws-stream1.pcap -T fields -e frame.time_epoch: 1796001410.670194000 (first packet)
        assertEquals(1_796_001_410_670_194_000L, PacketFixtures.read("ws-stream1.pcap").connections().get(0).startNanos());
        // the same packet as the nanosecond capture saw it
        assertEquals(1_796_001_410_670_194_086L, PacketFixtures.read("ws-lo-nano.pcap").connections().get(0).startNanos());
        assertEquals(1_796_001_410_670_193_926L, PacketFixtures.read("ws-tshark.pcapng").connections().get(0).startNanos());
    }

    @Test
    void theTimelineShowsTheConnectionOpeningAndClosing() throws DumpException {
        List<String> timeline = PacketFixtures.timeline(PacketFixtures.read("ws-stream1.pcap").connections().get(0));

        assertEquals("c2s connection syn", timeline.get(0));
        assertEquals("s2c connection syn-ack", timeline.get(1));
        assertEquals(List.of("c2s connection fin", "s2c connection fin"), timeline.subList(timeline.size() - 2, timeline.size()));
    }

    @Test
    void pcapngCommentsAreKept() throws DumpException {
        Capture capture = PacketFixtures.read("ws-tshark.pcapng");

        assertTrue(capture.notices().stream().anyMatch(n -> n.key().equals("capture.comment")
                && n.args().equals(List.of("4", "the handshake request"))), capture.notices().toString());
    }

    @Test
    void pcapngWithTwoInterfacesOfOtherLinkTypesAndResolutions() throws DumpException {
        // mergecap of ws-lo-nano.pcap (Ethernet, ns) and tcp.stream 3 of tcpdump -i any (SLL2, µs)
        Capture capture = PacketFixtures.read("ws-two-interfaces.pcapng");

        assertEquals(2, capture.connections().size());
        assertEquals(1_796_001_410_670_194_086L, capture.connections().get(0).startNanos());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(capture.connections().get(0)));
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(capture.connections().get(1)));
        assertEquals("127.0.0.1:42286", capture.connections().get(1).client().toString());
    }

    @Test
    void pcapngWithTwoSections() throws DumpException {
        // cat of two pcapng files: a second Section Header Block restarts the interfaces
        Capture capture = PacketFixtures.read("ws-two-sections.pcapng");

        assertEquals(List.of(0, 1), capture.connections().stream().map(CapturedConnection::stream).toList());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(capture.connections().get(1)));
        assertFalse(capture.notices().stream().anyMatch(n -> !n.key().equals("capture.comment")), capture.notices().toString());
    }
}
