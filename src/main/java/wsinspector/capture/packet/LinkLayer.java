package wsinspector.capture.packet;

/**
 * The link layers captures of WebSocket traffic come in (tcpdump.org LINKTYPE_ values), and where the IP
 * packet starts inside each: Ethernet (with 802.1Q / 802.1ad tags), Linux cooked SLL (v1) and SLL2 (what
 * {@code tcpdump -i any} writes), BSD NULL and LOOP, and raw IP.
 */
public final class LinkLayer {
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    /** OpenBSD's and others' old numbers for raw IP (DLT_RAW 12 and 14). */
    public static final int RAW_12 = 12;
    public static final int RAW_14 = 14;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;

    private LinkLayer() {
    }

    /** Whether packets of this link type can be read. */
    public static boolean isKnown(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, RAW, RAW_12, RAW_14, LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
            default -> false;
        };
    }

    /**
     * Where the IP header starts in a packet of this link type, or -1 when it carries no IP (ARP, a
     * link type not known, a packet shorter than its link header).
     */
    public static int ipStart(int linkType, byte[] d, int off, int len) {
        return switch (linkType) {
            case ETHERNET -> ethernet(d, off, len);
            case LINUX_SLL -> len >= 16 && isIp(u16(d, off + 14)) ? off + 16 : -1;
            case LINUX_SLL2 -> len >= 20 && isIp(u16(d, off)) ? off + 20 : -1;
            case NULL, LOOP -> len > 4 ? ipVersionAt(d, off + 4) : -1; // the family's byte order varies; the IP version does not
            case RAW, RAW_12, RAW_14, IPV4, IPV6 -> len > 0 ? ipVersionAt(d, off) : -1;
            default -> -1;
        };
    }

    private static int ethernet(byte[] d, int off, int len) {
        int at = 12;
        while (at + 2 <= len) {
            int type = u16(d, off + at);
            if (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ) {
                at += 4;
            } else {
                return isIp(type) ? off + at + 2 : -1;
            }
        }
        return -1;
    }

    private static int ipVersionAt(byte[] d, int at) {
        int version = (d[at] & 0xF0) >> 4;
        return version == 4 || version == 6 ? at : -1;
    }

    private static boolean isIp(int etherType) {
        return etherType == ETHERTYPE_IPV4 || etherType == ETHERTYPE_IPV6;
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }
}
