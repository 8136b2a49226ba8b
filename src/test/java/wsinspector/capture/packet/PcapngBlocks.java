package wsinspector.capture.packet;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** The blocks of a real little-endian pcapng file, to make damaged or rewritten variants of it in a test. */
final class PcapngBlocks {
    static final int ENHANCED_PACKET = 6;
    final List<byte[]> blocks = new ArrayList<>();

    PcapngBlocks(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        while (at < file.length) {
            int length = b.getInt(at + 4);
            blocks.add(java.util.Arrays.copyOfRange(file, at, at + length));
            at += length;
        }
    }

    static int type(byte[] block) {
        return ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** Offset in the file of block number {@code index} (from 0). */
    int offsetOf(int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += blocks.get(i).length;
        }
        return at;
    }

    byte[] file() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blocks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Every Enhanced Packet Block rewritten as a Simple Packet Block: the packet bytes only, no time. */
    byte[] withSimplePackets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] block : blocks) {
            if (type(block) != ENHANCED_PACKET) {
                out.writeBytes(block);
                continue;
            }
            ByteBuffer epb = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
            int captured = epb.getInt(20);
            int padded = (captured + 3) & ~3;
            ByteBuffer spb = ByteBuffer.allocate(16 + padded).order(ByteOrder.LITTLE_ENDIAN);
            spb.putInt(3).putInt(16 + padded).putInt(epb.getInt(24)).put(block, 28, padded).putInt(16 + padded);
            out.writeBytes(spb.array());
        }
        return out.toByteArray();
    }

    /**
     * Every Enhanced Packet Block as an obsolete Packet Block: with interface 0, a little-endian EPB's
     * 32-bit interface id is the OPB's 16-bit id and 16-bit drop count, so only the type changes.
     */
    byte[] withObsoletePackets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] block : blocks) {
            byte[] copy = block.clone();
            if (type(block) == ENHANCED_PACKET) {
                copy[0] = 2;
            }
            out.writeBytes(copy);
        }
        return out.toByteArray();
    }
}
