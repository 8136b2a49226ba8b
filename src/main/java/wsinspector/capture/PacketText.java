package wsinspector.capture;

import java.util.List;
import wsinspector.capture.packet.LinkLayer;
import wsinspector.capture.packet.PacketListener;
import wsinspector.capture.packet.TcpSegment;
import wsinspector.dissect.Chunk;

/**
 * The text of packets ({@code tcpdump -x/-xx/-X/-XX}, {@code tshark -x}): each chunk of such a dump is one
 * packet with its headers, not a piece of a byte stream. The text does not say the link layer, so it is
 * guessed from the first packet's bytes: a bare IP packet (its length field matches), Ethernet, Linux
 * cooked SLL2 or SLL. The text carries no date, so the packets have no timestamps.
 */
final class PacketText {
    private PacketText() {
    }

    /**
     * The link type of these packets, or -1 when they are no packets (a Wireshark hex dump of a payload):
     * the first packet must hold a TCP segment under the guessed link layer.
     */
    static int linkTypeOf(List<Chunk> packets) {
        if (packets.isEmpty()) {
            return -1;
        }
        byte[] first = packets.get(0).bytes();
        for (int linkType : new int[] {LinkLayer.RAW, LinkLayer.ETHERNET, LinkLayer.LINUX_SLL2, LinkLayer.LINUX_SLL}) {
            int ip = LinkLayer.ipStart(linkType, first, 0, first.length);
            if (ip >= 0 && ipLengthFits(first, ip) && new TcpSegment().parse(first, ip, first.length)) {
                return linkType;
            }
        }
        return -1;
    }

    /** The IP header's own length field agrees with the bytes after it (what tells raw IP from a link header). */
    private static boolean ipLengthFits(byte[] p, int ip) {
        int version = (p[ip] & 0xF0) >> 4;
        if (version == 4 && ip + 4 <= p.length) {
            return (((p[ip + 2] & 0xFF) << 8) | (p[ip + 3] & 0xFF)) <= p.length - ip;
        }
        return version == 6 && ip + 6 <= p.length && 40 + (((p[ip + 4] & 0xFF) << 8) | (p[ip + 5] & 0xFF)) <= p.length - ip;
    }

    /** Gives every packet to the listener (a TCP reassembler), as a capture file's reader would. */
    static void feed(List<Chunk> packets, int linkType, PacketListener listener) {
        for (Chunk p : packets) {
            byte[] b = p.bytes();
            listener.packet(linkType, p.timestampNanos(), b, 0, b.length, b.length, -1);
        }
    }
}
