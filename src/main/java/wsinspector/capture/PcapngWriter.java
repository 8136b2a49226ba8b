package wsinspector.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import wsinspector.dissect.Chunk;

/**
 * Writes a conversation as a pcapng file (the IETF draft "PCAP Next Generation Dump File Format")
 * that Wireshark and tshark read: one Ethernet interface with nanosecond timestamps, and the two
 * byte streams carried by synthetic IPv4/TCP packets ({@link TcpSynthesizer}). The section header's
 * comment names the source, so nobody mistakes the packets for a recording of a network.
 */
public final class PcapngWriter {
    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE_DESCRIPTION = 0x00000001;
    private static final int ENHANCED_PACKET = 0x00000006;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final short OPT_END = 0;
    private static final short OPT_COMMENT = 1;
    private static final short SHB_USERAPPL = 4;
    private static final short IF_TSRESOL = 9;
    /** A client port from the ephemeral range (RFC 6335), for sources that do not record one. */
    public static final int DEFAULT_CLIENT_PORT = 49152;
    /** HTTP's port: tshark reads the upgrade on it without being told to. */
    public static final int DEFAULT_SERVER_PORT = 80;

    private PcapngWriter() {
    }

    /**
     * Writes the chunks (each with its direction) as a conversation between 127.0.0.1 ports.
     *
     * @param comment the section's comment, naming where the bytes came from
     */
    public static void write(OutputStream out, List<Chunk> chunks, int clientPort, int serverPort, String comment)
            throws IOException {
        ConversationWriter writer = open(out, clientPort, serverPort, comment, TcpSynthesizer.firstTime(chunks));
        for (Chunk chunk : chunks) {
            writer.add(chunk);
        }
        writer.finish();
    }

    /**
     * Starts a file whose packets are written as the chunks come: the section's header and the interface now, each
     * chunk's segments as it is added, the close at {@link ConversationWriter#finish}. Nothing but one packet is held.
     *
     * @param firstTimestampNanos the conversation's first known time (the handshake is stamped just before), 0: none
     */
    public static ConversationWriter open(OutputStream out, int clientPort, int serverPort, String comment,
                                          long firstTimestampNanos) throws IOException {
        out.write(sectionHeader(comment));
        out.write(interfaceDescription());
        TcpSynthesizer tcp = new TcpSynthesizer(TcpSynthesizer.Endpoints.loopback(clientPort, serverPort),
                p -> out.write(enhancedPacket(p)), firstTimestampNanos);
        return new ConversationWriter() {
            @Override
            public void add(Chunk chunk) throws IOException {
                tcp.data(chunk);
            }

            @Override
            public void finish() throws IOException {
                tcp.close();
                out.flush();
            }
        };
    }

    /** The same file in memory. */
    public static byte[] toBytes(List<Chunk> chunks, String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, chunks, DEFAULT_CLIENT_PORT, DEFAULT_SERVER_PORT, comment);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    private static byte[] sectionHeader(String comment) {
        ByteArrayOutputStream options = new ByteArrayOutputStream();
        if (comment != null && !comment.isBlank()) {
            option(options, OPT_COMMENT, comment.getBytes(StandardCharsets.UTF_8));
        }
        option(options, SHB_USERAPPL, "WebSocket Inspector".getBytes(StandardCharsets.UTF_8));
        option(options, OPT_END, new byte[0]);
        ByteBuffer body = little(16 + options.size());
        body.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L).put(options.toByteArray());
        return block(SECTION_HEADER, body.array());
    }

    private static byte[] interfaceDescription() {
        ByteArrayOutputStream options = new ByteArrayOutputStream();
        option(options, IF_TSRESOL, new byte[] {9});   // 10^-9 s: nanoseconds
        option(options, OPT_END, new byte[0]);
        ByteBuffer body = little(8 + options.size());
        body.putShort((short) LINKTYPE_ETHERNET).putShort((short) 0).putInt(262_144).put(options.toByteArray());
        return block(INTERFACE_DESCRIPTION, body.array());
    }

    private static byte[] enhancedPacket(TcpSynthesizer.Packet p) {
        byte[] data = p.frame();
        ByteBuffer body = little(20 + padded(data.length));
        body.putInt(0).putInt((int) (p.timestampNanos() >>> 32)).putInt((int) p.timestampNanos())
                .putInt(data.length).putInt(data.length).put(data);
        return block(ENHANCED_PACKET, body.array());
    }

    private static void option(ByteArrayOutputStream out, short code, byte[] value) {
        ByteBuffer b = little(4 + padded(value.length));
        b.putShort(code).putShort((short) value.length).put(value);
        out.writeBytes(b.array());
    }

    /** A block: type, total length, body, total length again. */
    private static byte[] block(int type, byte[] body) {
        int total = 12 + body.length;
        ByteBuffer b = little(total);
        b.putInt(type).putInt(total).put(body).putInt(total);
        return b.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
