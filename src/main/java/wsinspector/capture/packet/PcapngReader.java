package wsinspector.capture.packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pcapng file (Wireshark's and dumpcap's format): sections, each starting with a Section Header
 * Block whose byte-order magic sets the order of what follows; Interface Description Blocks (link type,
 * timestamp resolution and offset); Enhanced, Simple and obsolete Packet Blocks; comments
 * ({@code opt_comment}) as notices. Blocks of other types are skipped. A block whose length lies stops
 * reading with a notice naming its offset; everything before it has been delivered.
 */
public final class PcapngReader {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    private static final int OPTION_COMMENT = 1;
    private static final int OPTION_TSRESOL = 9;
    private static final int OPTION_TSOFFSET = 14;

    private final BlockInput in;
    private final PacketListener listener;
    private final List<PcapngInterface> interfaces = new ArrayList<>();
    private ByteOrderView order = new ByteOrderView(false);
    private int packetNumber;

    private PcapngReader(BlockInput in, PacketListener listener) {
        this.in = in;
        this.listener = listener;
    }

    static void read(BlockInput in, PacketListener listener) throws IOException {
        new PcapngReader(in, listener).readBlocks();
    }

    private void readBlocks() throws IOException {
        while (true) {
            long at = in.offset();
            int got = in.request(12);
            if (got == 0) {
                return;
            }
            if (got < 12) {
                listener.notice(CaptureNotice.of("pcapng.truncated-block", at, got, 12));
                return;
            }
            byte[] b = in.buffer();
            int p = in.position();
            if (order.i32(b, p) == SECTION_HEADER || Integer.reverseBytes(order.i32(b, p)) == SECTION_HEADER) {
                if (!startSection(b, p, at)) {
                    return;
                }
            }
            int type = order.i32(b, p);
            long length = order.u32(b, p + 4);
            if (length < 12 || length % 4 != 0) {
                listener.notice(CaptureNotice.of("pcapng.bad-block-length", at, length));
                return;
            }
            if (length > PacketLimits.MAX_BLOCK_BYTES) {
                listener.notice(CaptureNotice.of("pcapng.absurd-block-length", at, length, PacketLimits.MAX_BLOCK_BYTES));
                return;
            }
            int whole = in.request((int) length);
            if (whole < length) {
                listener.notice(CaptureNotice.of("pcapng.truncated-block", at, whole, length));
                return;
            }
            b = in.buffer();
            p = in.position();
            if (order.u32(b, p + (int) length - 4) != length) {
                listener.notice(CaptureNotice.of("pcapng.block-length-mismatch", at, length,
                        order.u32(b, p + (int) length - 4)));
                return;
            }
            if (!block(type, b, p, (int) length, at)) {
                return;
            }
            in.skip((int) length);
        }
    }

    /** A Section Header Block: its byte-order magic decides how every later number is read. */
    private boolean startSection(byte[] b, int p, long at) {
        int magic = new ByteOrderView(true).i32(b, p + 8);
        if (magic == BYTE_ORDER_MAGIC) {
            order = new ByteOrderView(true);
        } else if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
            order = new ByteOrderView(false);
        } else {
            listener.notice(CaptureNotice.of("pcapng.bad-byte-order-magic", at + 8, String.format("%08x", magic)));
            return false;
        }
        interfaces.clear();
        return true;
    }

    /** Handles one whole block; false when it is damaged and reading must stop. */
    private boolean block(int type, byte[] b, int p, int length, long at) {
        int end = p + length - 4;
        switch (type) {
            case SECTION_HEADER -> options(b, p + 24, end, at, null);
            case INTERFACE_DESCRIPTION -> {
                if (length < 20) {
                    return lies(at, length);
                }
                long[] resolution = {6, 0};
                options(b, p + 16, end, at, resolution);
                interfaces.add(new PcapngInterface(order.u16(b, p + 8), order.u32(b, p + 12), (int) resolution[0],
                        resolution[1]));
            }
            case ENHANCED_PACKET -> {
                return packet(b, p, at, order.i32(b, p + 8), p + 12, p + 28, end, true);
            }
            case OBSOLETE_PACKET -> {
                return packet(b, p, at, order.u16(b, p + 8), p + 12, p + 28, end, true);
            }
            case SIMPLE_PACKET -> {
                return simplePacket(b, p, length, at);
            }
            default -> {
                // Unknown blocks (name resolution, statistics, custom) are skipped, as the format asks.
            }
        }
        return true;
    }

    private boolean packet(byte[] b, int p, long at, int interfaceId, int timeAt, int dataAt, int end, boolean hasOptions) {
        if (dataAt > end) {
            return lies(at, end - p + 4);
        }
        packetNumber++;
        if (interfaceId < 0 || interfaceId >= interfaces.size()) {
            listener.notice(CaptureNotice.of("pcapng.unknown-interface", at, packetNumber, interfaceId));
            return true;
        }
        PcapngInterface iface = interfaces.get(interfaceId);
        long units = (order.u32(b, timeAt) << 32) | order.u32(b, timeAt + 4);
        long captured = order.u32(b, timeAt + 8);
        long original = order.u32(b, timeAt + 12);
        if (captured > end - dataAt) {
            listener.notice(CaptureNotice.of("pcapng.packet-longer-than-block", at, packetNumber, captured, end - dataAt));
            return false;
        }
        if (hasOptions) {
            options(b, dataAt + pad4((int) captured), end, at, null);
        }
        listener.packet(iface.linkType(), iface.toNanos(units), b, dataAt, (int) captured,
                (int) Math.min(Math.max(original, captured), Integer.MAX_VALUE), at);
        return true;
    }

    /** A Simple Packet Block: no interface id (always the first), no timestamp, captured length from the block. */
    private boolean simplePacket(byte[] b, int p, int length, long at) {
        packetNumber++;
        if (interfaces.isEmpty() || length < 16) {
            listener.notice(CaptureNotice.of("pcapng.unknown-interface", at, packetNumber, 0));
            return true;
        }
        PcapngInterface iface = interfaces.get(0);
        long original = order.u32(b, p + 8);
        long room = length - 16;
        long captured = Math.min(original, room);
        if (iface.snapLength() > 0) {
            captured = Math.min(captured, iface.snapLength());
        }
        listener.packet(iface.linkType(), 0L, b, p + 12, (int) captured, (int) Math.min(original, Integer.MAX_VALUE), at);
        return true;
    }

    /**
     * Reads options: comments go to the listener; for an interface, {@code resolution} receives
     * {@code if_tsresol} and {@code if_tsoffset}. Options that overrun the block end the list.
     */
    private void options(byte[] b, int from, int end, long blockAt, long[] resolution) {
        int p = from;
        while (p + 4 <= end) {
            int code = order.u16(b, p);
            int length = order.u16(b, p + 2);
            int value = p + 4;
            if (code == 0 || value + length > end) {
                return;
            }
            if (code == OPTION_COMMENT) {
                listener.notice(CaptureNotice.of("capture.comment", blockAt, packetNumber,
                        new String(b, value, length, StandardCharsets.UTF_8)));
            } else if (resolution != null && code == OPTION_TSRESOL && length >= 1) {
                resolution[0] = b[value] & 0xFF;
            } else if (resolution != null && code == OPTION_TSOFFSET && length >= 8) {
                resolution[1] = (order.u32(b, value) << 32 | order.u32(b, value + 4));
                if (!order.bigEndian()) {
                    resolution[1] = (order.u32(b, value + 4) << 32) | order.u32(b, value);
                }
            }
            p = value + pad4(length);
        }
    }

    private boolean lies(long at, long length) {
        listener.notice(CaptureNotice.of("pcapng.bad-block-length", at, length));
        return false;
    }

    private static int pad4(int n) {
        return (n + 3) & ~3;
    }
}
