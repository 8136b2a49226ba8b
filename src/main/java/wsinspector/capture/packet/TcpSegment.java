package wsinspector.capture.packet;

/**
 * The TCP segment of one IP packet, parsed in place: addresses, ports, sequence numbers, flags and where
 * the payload lies in the packet's bytes. One instance is reused for every packet (a capture of a million
 * packets makes no million objects); {@link #parse} fills it, and its values hold until the next call.
 */
public final class TcpSegment {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int ACK = 0x10;
    private static final int PROTOCOL_TCP = 6;

    /** IPv4 addresses in the low 32 bits of {@code *Low}; IPv6 in both longs. */
    long srcHigh;
    long srcLow;
    long dstHigh;
    long dstLow;
    boolean ipv6;
    int srcPort;
    int dstPort;
    int seq;
    int ack;
    int flags;
    /** Index of the first payload byte, how many of its bytes were captured, how many the IP header says it has. */
    int payloadStart;
    int payloadCaptured;
    int payloadLength;

    /**
     * Parses the IP packet at {@code ip}; false when it is no TCP segment that can be read (another
     * protocol, a fragment after the first, a header cut by the snap length).
     *
     * @param end index after the last captured byte
     */
    public boolean parse(byte[] d, int ip, int end) {
        if (ip < 0 || ip >= end) {
            return false;
        }
        int version = (d[ip] & 0xF0) >> 4;
        int tcp;
        int ipEnd;
        if (version == 4) {
            int headerLength = (d[ip] & 0x0F) * 4;
            if (headerLength < 20 || ip + headerLength > end || d[ip + 9] != PROTOCOL_TCP) {
                return false;
            }
            int fragment = LinkLayer.u16(d, ip + 6);
            if ((fragment & 0x1FFF) != 0 || (fragment & 0x2000) != 0) {
                return false; // a fragment: TCP over fragmented IP is not reassembled
            }
            ipv6 = false;
            srcHigh = 0;
            dstHigh = 0;
            srcLow = u32(d, ip + 12);
            dstLow = u32(d, ip + 16);
            tcp = ip + headerLength;
            int total = LinkLayer.u16(d, ip + 2);
            ipEnd = total == 0 ? Integer.MAX_VALUE : ip + total; // 0: TCP segmentation offload wrote no length
        } else if (version == 6) {
            if (ip + 40 > end) {
                return false;
            }
            ipv6 = true;
            srcHigh = u64(d, ip + 8);
            srcLow = u64(d, ip + 16);
            dstHigh = u64(d, ip + 24);
            dstLow = u64(d, ip + 32);
            int payload = LinkLayer.u16(d, ip + 4);
            ipEnd = payload == 0 ? Integer.MAX_VALUE : ip + 40 + payload;
            tcp = ipv6Tcp(d, ip, end);
            if (tcp < 0) {
                return false;
            }
        } else {
            return false;
        }
        if (tcp + 20 > end) {
            return false;
        }
        int headerLength = ((d[tcp + 12] & 0xF0) >> 4) * 4;
        if (headerLength < 20 || tcp + headerLength > end) {
            return false;
        }
        srcPort = LinkLayer.u16(d, tcp);
        dstPort = LinkLayer.u16(d, tcp + 2);
        seq = (int) u32(d, tcp + 4);
        ack = (int) u32(d, tcp + 8);
        flags = d[tcp + 13] & 0x3F;
        payloadStart = tcp + headerLength;
        int declaredEnd = ipEnd == Integer.MAX_VALUE ? end : ipEnd;
        payloadLength = Math.max(0, declaredEnd - payloadStart);
        // Ethernet pads short frames: bytes after the IP packet's end are no payload.
        payloadCaptured = Math.max(0, Math.min(end, declaredEnd) - payloadStart);
        return true;
    }

    /** Walks IPv6 extension headers (hop-by-hop, routing, destination options, authentication) to TCP. */
    private static int ipv6Tcp(byte[] d, int ip, int end) {
        int next = d[ip + 6] & 0xFF;
        int at = ip + 40;
        while (true) {
            switch (next) {
                case PROTOCOL_TCP:
                    return at;
                case 0, 43, 60:
                    if (at + 2 > end) {
                        return -1;
                    }
                    next = d[at] & 0xFF;
                    at += ((d[at + 1] & 0xFF) + 1) * 8;
                    break;
                case 51:
                    if (at + 2 > end) {
                        return -1;
                    }
                    next = d[at] & 0xFF;
                    at += ((d[at + 1] & 0xFF) + 2) * 4;
                    break;
                case 44:
                    if (at + 8 > end || (LinkLayer.u16(d, at + 2) & 0xFFF9) != 0) {
                        return -1; // a fragment other than an unfragmented first one
                    }
                    next = d[at] & 0xFF;
                    at += 8;
                    break;
                default:
                    return -1;
            }
        }
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private static long u32(byte[] d, int at) {
        return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static long u64(byte[] d, int at) {
        return (u32(d, at) << 32) | u32(d, at + 4);
    }
}
