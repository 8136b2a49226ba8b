package wsinspector.capture.packet;

/**
 * The two endpoints of a TCP connection, the same whichever way a segment goes (the smaller endpoint
 * first), so both directions find one connection. One mutable instance probes the map per packet;
 * a copy is stored only when a connection is new.
 */
final class FlowKey {
    private long aHigh;
    private long aLow;
    private long bHigh;
    private long bLow;
    private int aPort;
    private int bPort;
    private boolean ipv6;

    /** Sets this key from a segment; returns whether the segment's source is the key's first endpoint. */
    boolean set(TcpSegment s) {
        ipv6 = s.ipv6;
        boolean srcFirst = compare(s.srcHigh, s.srcLow, s.srcPort, s.dstHigh, s.dstLow, s.dstPort) <= 0;
        if (srcFirst) {
            assign(s.srcHigh, s.srcLow, s.srcPort, s.dstHigh, s.dstLow, s.dstPort);
        } else {
            assign(s.dstHigh, s.dstLow, s.dstPort, s.srcHigh, s.srcLow, s.srcPort);
        }
        return srcFirst;
    }

    private void assign(long ah, long al, int ap, long bh, long bl, int bp) {
        aHigh = ah;
        aLow = al;
        aPort = ap;
        bHigh = bh;
        bLow = bl;
        bPort = bp;
    }

    private static int compare(long ah, long al, int ap, long bh, long bl, int bp) {
        int c = Long.compareUnsigned(ah, bh);
        if (c == 0) {
            c = Long.compareUnsigned(al, bl);
        }
        return c != 0 ? c : Integer.compare(ap, bp);
    }

    FlowKey copy() {
        FlowKey k = new FlowKey();
        k.assign(aHigh, aLow, aPort, bHigh, bLow, bPort);
        k.ipv6 = ipv6;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && aLow == k.aLow && bLow == k.bLow && aPort == k.aPort && bPort == k.bPort
                && aHigh == k.aHigh && bHigh == k.bHigh && ipv6 == k.ipv6;
    }

    @Override
    public int hashCode() {
        long h = aLow * 31 + bLow;
        h = h * 31 + aHigh * 17 + bHigh;
        h = h * 31 + (aPort * 65537L + bPort);
        return (int) (h ^ (h >>> 32));
    }
}
