package wsinspector.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/**
 * Turns the two byte streams of a conversation into the Ethernet/IPv4/TCP packets that could have
 * carried them: a three-way handshake, the chunks as segments of at most {@link #MSS} bytes with
 * consistent sequence and acknowledgement numbers, and a FIN from each side. Every packet is
 * synthetic; only the payload bytes and (where known) the timestamps come from the source.
 */
final class TcpSynthesizer {
    /** The segment size of an Ethernet link with a 1500-byte MTU (RFC 879). */
    static final int MSS = 1460;
    private static final int ETHERNET = 14;
    private static final int IPV4 = 20;
    private static final int TCP = 20;
    private static final int SYN = 0x02;
    private static final int FIN = 0x01;
    private static final int PSH = 0x08;
    private static final int ACK = 0x10;
    /** Packets whose time the source did not record follow the previous one by this much. */
    private static final long UNKNOWN_GAP_NANOS = 1_000;

    /** One packet: when it was seen and its bytes from the Ethernet header on. */
    record Packet(long timestampNanos, byte[] frame) {
    }

    /** Where the conversation ran: the client's and the server's IPv4 address and port. */
    record Endpoints(byte[] clientAddress, int clientPort, byte[] serverAddress, int serverPort) {
        static final byte[] LOOPBACK = {127, 0, 0, 1};

        Endpoints {
            if (clientAddress.length != 4 || serverAddress.length != 4) {
                throw new IllegalArgumentException("IPv4 addresses have 4 bytes");
            }
        }

        static Endpoints loopback(int clientPort, int serverPort) {
            return new Endpoints(LOOPBACK, clientPort, LOOPBACK, serverPort);
        }
    }

    /** Where each packet goes as it is made. */
    interface PacketSink {
        void packet(Packet packet) throws IOException;
    }

    private final Endpoints endpoints;
    private final PacketSink sink;
    /** The next sequence number of each side: [client, server]. */
    private final long[] next = {1_000_000L, 2_000_000L};
    private long clock;
    private int ipId;

    /**
     * A conversation's packets, made as its chunks come ({@link #data}) and handed to {@code sink}; its TCP handshake is
     * made here, stamped just before {@code firstTimestampNanos} (the first chunk's known time, 0 when none is known).
     */
    TcpSynthesizer(Endpoints endpoints, PacketSink sink, long firstTimestampNanos) throws IOException {
        this.endpoints = endpoints;
        this.sink = sink;
        clock = Math.max(0, firstTimestampNanos - 3 * UNKNOWN_GAP_NANOS);
        handshake();
    }

    /** The packets of a whole conversation; every chunk must name its direction. */
    static List<Packet> packets(List<Chunk> chunks, Endpoints endpoints) {
        List<Packet> packets = new ArrayList<>();
        try {
            TcpSynthesizer tcp = new TcpSynthesizer(endpoints, packets::add, firstTime(chunks));
            for (Chunk chunk : chunks) {
                tcp.data(chunk);
            }
            tcp.close();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return packets;
    }

    /** The first known time of the chunks (what the handshake is stamped before), 0 when none has one. */
    static long firstTime(List<Chunk> chunks) {
        return chunks.stream().mapToLong(Chunk::timestampNanos).filter(t -> t > 0).findFirst().orElse(0L);
    }

    private void handshake() throws IOException {
        segment(Direction.CLIENT_TO_SERVER, SYN, 0, new byte[0], 0, 0);
        next[0]++;
        segment(Direction.SERVER_TO_CLIENT, SYN | ACK, 0, new byte[0], 0, 0);
        next[1]++;
        segment(Direction.CLIENT_TO_SERVER, ACK, 0, new byte[0], 0, 0);
    }

    /** The chunk's bytes as data segments of its direction (which it must name). */
    void data(Chunk chunk) throws IOException {
        Direction dir = Objects.requireNonNull(chunk.direction(), "a chunk without a direction");
        byte[] bytes = chunk.bytes();
        for (int off = 0; off < bytes.length; off += MSS) {
            int len = Math.min(MSS, bytes.length - off);
            segment(dir, ACK | PSH, chunk.timestampNanos(), bytes, off, len);
            next[side(dir)] += len;
        }
    }

    /** The connection's close: FIN from each side. */
    void close() throws IOException {
        segment(Direction.CLIENT_TO_SERVER, FIN | ACK, 0, new byte[0], 0, 0);
        next[0]++;
        segment(Direction.SERVER_TO_CLIENT, FIN | ACK, 0, new byte[0], 0, 0);
        next[1]++;
        segment(Direction.CLIENT_TO_SERVER, ACK, 0, new byte[0], 0, 0);
    }

    private static int side(Direction dir) {
        return dir == Direction.CLIENT_TO_SERVER ? 0 : 1;
    }

    /** Time never goes backwards: a source time earlier than the last packet's is raised to it. */
    private long stamp(long known) {
        clock = known > 0 ? Math.max(clock, known) : clock + UNKNOWN_GAP_NANOS;
        return clock;
    }

    private void segment(Direction dir, int flags, long timestampNanos, byte[] data, int off, int len) throws IOException {
        boolean fromClient = dir == Direction.CLIENT_TO_SERVER;
        byte[] src = fromClient ? endpoints.clientAddress() : endpoints.serverAddress();
        byte[] dst = fromClient ? endpoints.serverAddress() : endpoints.clientAddress();
        int srcPort = fromClient ? endpoints.clientPort() : endpoints.serverPort();
        int dstPort = fromClient ? endpoints.serverPort() : endpoints.clientPort();
        long ack = (flags & ACK) != 0 ? next[1 - side(dir)] : 0;

        ByteBuffer frame = ByteBuffer.allocate(ETHERNET + IPV4 + TCP + len);
        // Ethernet II: zero addresses as on a loopback capture, type IPv4
        frame.put(new byte[12]).putShort((short) 0x0800);
        int ip = frame.position();
        frame.put((byte) 0x45).put((byte) 0).putShort((short) (IPV4 + TCP + len)).putShort((short) ipId++)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0).put(src).put(dst);
        frame.putShort(ip + 10, (short) checksum(frame.array(), ip, IPV4, 0));
        int tcp = frame.position();
        frame.putShort((short) srcPort).putShort((short) dstPort).putInt((int) next[side(dir)]).putInt((int) ack)
                .put((byte) (5 << 4)).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0)
                .put(data, off, len);
        frame.putShort(tcp + 16, (short) checksum(frame.array(), tcp, TCP + len, pseudoHeaderSum(src, dst, TCP + len)));
        sink.packet(new Packet(stamp(timestampNanos), frame.array()));
    }

    private static long pseudoHeaderSum(byte[] src, byte[] dst, int tcpLength) {
        long sum = 0;
        for (int i = 0; i < 4; i += 2) {
            sum += ((src[i] & 0xFF) << 8) | (src[i + 1] & 0xFF);
            sum += ((dst[i] & 0xFF) << 8) | (dst[i + 1] & 0xFF);
        }
        return sum + 6 + tcpLength;
    }

    /** The Internet checksum (RFC 1071) of a range, starting from a partial sum. */
    static int checksum(byte[] b, int off, int len, long initial) {
        long sum = initial;
        for (int i = 0; i + 1 < len; i += 2) {
            sum += ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF);
        }
        if ((len & 1) == 1) {
            sum += (b[off + len - 1] & 0xFF) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
