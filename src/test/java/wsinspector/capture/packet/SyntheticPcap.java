package wsinspector.capture.packet;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import wsinspector.dissect.RandomFrames;

/**
 * A classic pcap (Ethernet, IPv4, TCP) of several WebSocket conversations at once, as bench/make-big-capture.py
 * writes one: SYNs, upgrade and 101, then random frames of every shape ({@link RandomFrames}) cut into segments
 * anywhere, the conversations' packets interleaved, some segments sent twice, some late, some never captured,
 * FINs at the end. Deterministic for a seed.
 */
final class SyntheticPcap {
    private static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: 10.0.0.2:8080\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    private static final String RESPONSE = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int PSH = 0x08;
    private static final int FIN = 0x01;

    private SyntheticPcap() {
    }

    static byte[] make(long seed, int conversations, int framesEach) {
        RandomFrames frames = new RandomFrames(seed);
        Random random = frames.random();
        List<List<byte[]>> packets = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            packets.add(conversation(c, frames, random, framesEach));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(header.array());
        long micros = 1_764_460_800_000_000L;
        int[] next = new int[conversations];
        int left = packets.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int c = random.nextInt(conversations);
            if (next[c] >= packets.get(c).size()) {
                continue;
            }
            byte[] packet = packets.get(c).get(next[c]++);
            left--;
            micros += random.nextInt(50);
            ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(packet.length)
                    .putInt(packet.length);
            out.writeBytes(record.array());
            out.writeBytes(packet);
        }
        return out.toByteArray();
    }

    /** The packets of one conversation in the order they are captured, each an Ethernet frame. */
    private static List<byte[]> conversation(int number, RandomFrames frames, Random random, int count) {
        Flow flow = new Flow(number);
        List<byte[]> out = new ArrayList<>();
        out.add(flow.segment(true, SYN, new byte[0]));
        out.add(flow.segment(false, SYN | ACK, new byte[0]));
        out.add(flow.segment(true, PSH | ACK, REQUEST.getBytes(StandardCharsets.US_ASCII)));
        out.add(flow.segment(false, PSH | ACK, RESPONSE.getBytes(StandardCharsets.US_ASCII)));
        ByteArrayOutputStream[] streams = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        for (int i = 0; i < count; i++) {
            boolean client = random.nextInt(3) > 0;
            streams[client ? 0 : 1].writeBytes(frames.next(client));
        }
        byte[][] bytes = {streams[0].toByteArray(), streams[1].toByteArray()};
        int[] at = new int[2];
        byte[] held = null;
        while (at[0] < bytes[0].length || at[1] < bytes[1].length) {
            int side = at[0] >= bytes[0].length ? 1 : at[1] >= bytes[1].length ? 0 : random.nextInt(2);
            int size = Math.min(bytes[side].length - at[side], random.nextInt(4) == 0 ? 1 + random.nextInt(30)
                    : 1 + random.nextInt(1400));
            byte[] payload = java.util.Arrays.copyOfRange(bytes[side], at[side], at[side] + size);
            at[side] += size;
            byte[] packet = flow.segment(side == 0, PSH | ACK, payload);
            int fate = random.nextInt(40);
            if (fate == 0) {
                continue; // never captured: a gap
            }
            if (fate == 1 && held == null) {
                held = packet; // captured late, after the next segment
                continue;
            }
            out.add(packet);
            if (fate == 2) {
                out.add(packet); // retransmitted
            }
            if (held != null) {
                out.add(held);
                held = null;
            }
        }
        if (held != null) {
            out.add(held);
        }
        out.add(flow.segment(false, FIN | ACK, new byte[0]));
        out.add(flow.segment(true, FIN | ACK, new byte[0]));
        return out;
    }

    /** The addresses, ports and next sequence numbers of one TCP connection. */
    private static final class Flow {
        final byte[] clientIp;
        final byte[] serverIp = {10, 0, 0, 2};
        final int clientPort;
        int clientSeq = 1000;
        int serverSeq = 5000;

        Flow(int number) {
            clientIp = new byte[] {10, 0, 1, (byte) (1 + number)};
            clientPort = 50000 + number;
        }

        byte[] segment(boolean fromClient, int flags, byte[] payload) {
            ByteBuffer b = ByteBuffer.allocate(14 + 20 + 20 + payload.length);
            b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 1)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
            b.put(fromClient ? clientIp : serverIp).put(fromClient ? serverIp : clientIp);
            int seq = fromClient ? clientSeq : serverSeq;
            int ack = (flags & ACK) != 0 ? (fromClient ? serverSeq : clientSeq) : 0;
            b.putShort((short) (fromClient ? clientPort : 8080)).putShort((short) (fromClient ? 8080 : clientPort))
                    .putInt(seq).putInt(ack).put((byte) 0x50).put((byte) flags).putShort((short) 65535)
                    .putShort((short) 0).putShort((short) 0);
            b.put(payload);
            int advance = payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
            if (fromClient) {
                clientSeq += advance;
            } else {
                serverSeq += advance;
            }
            return b.array();
        }
    }
}
