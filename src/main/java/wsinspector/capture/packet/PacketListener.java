package wsinspector.capture.packet;

/**
 * Receives the packets of a capture file in file order. The bytes are the reader's buffer, valid only
 * during the call: a listener that keeps them copies them.
 */
public interface PacketListener {
    /**
     * @param linkType       the link-layer header type (tcpdump.org LINKTYPE_ value)
     * @param timestampNanos nanoseconds since the epoch, 0 when the source has no time
     * @param capturedLength the bytes present, fewer than {@code originalLength} when the snap length cut the packet
     * @param fileOffset     where the packet's record starts in the file
     */
    void packet(int linkType, long timestampNanos, byte[] data, int offset, int capturedLength, int originalLength,
                long fileOffset);

    /** What the reader could not read, or a comment the file carries. */
    default void notice(CaptureNotice notice) {
    }
}
