package wsinspector.capture.packet;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a real little-endian pcap file, to make damaged or reordered variants of it in a test
 * (never by hand: every byte comes from the real file).
 */
final class PcapRecords {
    final byte[] header;
    final List<byte[]> records = new ArrayList<>();

    PcapRecords(byte[] file) {
        header = java.util.Arrays.copyOf(file, 24);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int at = 24;
        while (at < file.length) {
            int length = 16 + b.getInt(at + 8);
            records.add(java.util.Arrays.copyOfRange(file, at, at + length));
            at += length;
        }
    }

    /** The file with its records in this order (1-based numbers as tshark's frame.number; repeats allowed). */
    byte[] withRecords(int... numbers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        for (int n : numbers) {
            out.writeBytes(records.get(n - 1));
        }
        return out.toByteArray();
    }

    int[] allNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, records.size()).toArray();
    }

    /** The same file written in big-endian byte order: every header field swapped, packet bytes as they are. */
    byte[] bigEndian() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.wrap(header.clone()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer swapped = ByteBuffer.allocate(24).order(ByteOrder.BIG_ENDIAN);
        swapped.putInt(h.getInt(0)).putShort(h.getShort(4)).putShort(h.getShort(6)).putInt(h.getInt(8))
                .putInt(h.getInt(12)).putInt(h.getInt(16)).putInt(h.getInt(20));
        out.writeBytes(swapped.array());
        for (byte[] r : records) {
            ByteBuffer le = ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer be = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
            be.putInt(le.getInt(0)).putInt(le.getInt(4)).putInt(le.getInt(8)).putInt(le.getInt(12));
            out.writeBytes(be.array());
            out.write(r, 16, r.length - 16);
        }
        return out.toByteArray();
    }
}
