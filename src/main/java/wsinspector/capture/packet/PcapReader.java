package wsinspector.capture.packet;

import java.io.IOException;

/**
 * Reads a libpcap file (tcpdump's {@code -w}): a 24-byte header whose magic gives the byte order and the
 * timestamp resolution (microseconds {@code a1b2c3d4}, nanoseconds {@code a1b23c4d}), then records of
 * a 16-byte header and the captured bytes. A damaged record stops reading with a notice naming its
 * offset; everything before it has been delivered.
 */
public final class PcapReader {
    static final int MAGIC_MICROS = 0xA1B2C3D4;
    static final int MAGIC_NANOS = 0xA1B23C4D;
    private static final int FILE_HEADER = 24;
    private static final int RECORD_HEADER = 16;

    private PcapReader() {
    }

    /** Whether these first four bytes are a pcap magic in either byte order. */
    public static boolean isMagic(int bigEndianFirstWord) {
        return bigEndianFirstWord == MAGIC_MICROS || bigEndianFirstWord == MAGIC_NANOS
                || Integer.reverseBytes(bigEndianFirstWord) == MAGIC_MICROS
                || Integer.reverseBytes(bigEndianFirstWord) == MAGIC_NANOS;
    }

    static void read(BlockInput in, PacketListener listener) throws IOException {
        if (in.request(FILE_HEADER) < FILE_HEADER) {
            listener.notice(CaptureNotice.of("pcap.truncated-header", 0, in.request(FILE_HEADER)));
            return;
        }
        byte[] b = in.buffer();
        int p = in.position();
        int word = ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
        boolean bigEndian = word == MAGIC_MICROS || word == MAGIC_NANOS;
        boolean nanos = word == MAGIC_NANOS || Integer.reverseBytes(word) == MAGIC_NANOS;
        ByteOrderView order = new ByteOrderView(bigEndian);
        int linkType = order.i32(b, p + 20) & 0xFFFF;
        in.skip(FILE_HEADER);
        long fractionToNanos = nanos ? 1 : 1000;
        for (int number = 1; ; number++) {
            long at = in.offset();
            int got = in.request(RECORD_HEADER);
            if (got == 0) {
                return;
            }
            if (got < RECORD_HEADER) {
                listener.notice(CaptureNotice.of("pcap.truncated-record-header", at, number, got));
                return;
            }
            b = in.buffer();
            p = in.position();
            long seconds = order.u32(b, p);
            long fraction = order.u32(b, p + 4);
            long captured = order.u32(b, p + 8);
            long original = order.u32(b, p + 12);
            if (captured > PacketLimits.MAX_PACKET_BYTES) {
                listener.notice(CaptureNotice.of("pcap.absurd-length", at, number, captured, PacketLimits.MAX_PACKET_BYTES));
                return;
            }
            in.skip(RECORD_HEADER);
            int present = in.request((int) captured);
            long timestamp = seconds * 1_000_000_000L + fraction * fractionToNanos;
            int originalLength = (int) Math.min(Math.max(original, present), Integer.MAX_VALUE);
            if (present < captured) {
                listener.notice(CaptureNotice.of("pcap.truncated-record", at, number, present, captured));
                if (present > 0) {
                    listener.packet(linkType, timestamp, in.buffer(), in.position(), present, originalLength, at);
                }
                return;
            }
            listener.packet(linkType, timestamp, in.buffer(), in.position(), present, originalLength, at);
            in.skip(present);
        }
    }
}
