package wsinspector.capture.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;

/**
 * The text tcpdump and tshark print of packets is packets: link, IP and TCP headers are taken off and the
 * segments reassembled, giving exactly the frames tshark reports for the capture the text was printed from.
 */
class PacketTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ws.tcpdump-x,      tcpdump -x/-X",          // from the IP header
        "ws.tcpdump-xx,     tcpdump -x/-X",          // from the Ethernet header
        "ws.tcpdump-X,      tcpdump -x/-X",          // with ASCII
        "ws.tcpdump-XX,     tcpdump -x/-X",
        "ws-any.tcpdump-X,  tcpdump -x/-X",          // tcpdump -i any: SLL2 header lines, IP bytes
        "ws.tshark-x,       Wireshark hex dump",  // Ethernet, with tshark's extra blocks of unmasked data
    })
    void textOfPacketsGivesTsharksFrames(String file, String format) throws DumpException {
        Capture capture = PacketFixtures.read(file);

        assertEquals(format, capture.format());
        assertEquals(1, capture.connections().size());
        CapturedConnection c = capture.connections().get(0);
        assertEquals("127.0.0.1:42276", c.client().toString());
        assertEquals(PacketFixtures.STREAM_1_FRAMES, PacketFixtures.frames(c));
        List<String> timeline = PacketFixtures.timeline(c);
        assertEquals("c2s connection syn", timeline.get(0));
    }
}
