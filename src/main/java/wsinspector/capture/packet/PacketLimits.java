package wsinspector.capture.packet;

/** Sizes no real capture reaches: a length beyond them is damage, not a packet to allocate for. */
final class PacketLimits {
    /** Largest packet any capture tool writes (tcpdump's maximum snap length is 262144). */
    static final int MAX_PACKET_BYTES = 1 << 20;
    /** Largest pcapng block read whole (a packet block plus its options). */
    static final int MAX_BLOCK_BYTES = 1 << 24;

    private PacketLimits() {
    }
}
