package wsinspector.dissect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random conversation as a capture feeds it to a dissector: both sides' {@link RandomFrames} (after a handshake,
 * or without one), cut into pieces of random sizes, interleaved, with a gap now and then (its bytes skipped), in
 * both directions or undirected. For tests that compare two ways through the same bytes.
 */
final class RandomFeeds {
    static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    static final String RESPONSE = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";

    private RandomFeeds() {
    }

    /** One call on a dissector: bytes of a direction, or a gap. */
    record Feed(Direction direction, long ts, byte[] bytes, int off, int len, long gap) {
        void to(Dissector d) {
            if (bytes == null) {
                d.gap(direction, ts, gap);
            } else {
                d.accept(direction, ts, bytes, off, len);
            }
        }
    }

    /** 300 sends of each side, after the opening handshake if {@code handshake}. */
    static List<Feed> conversation(RandomFrames frames, boolean handshake, boolean undirected) {
        byte[][] streams = {stream(frames, true, handshake ? REQUEST : null), stream(frames, false, handshake ? RESPONSE : null)};
        return feeds(frames.random(), streams, undirected);
    }

    private static byte[] stream(RandomFrames frames, boolean client, String head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (head != null) {
            out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        }
        for (int i = 0; i < 300; i++) {
            out.writeBytes(frames.next(client));
        }
        return out.toByteArray();
    }

    /** The two streams cut into pieces of random sizes, interleaved, with a gap now and then (its bytes skipped). */
    private static List<Feed> feeds(Random random, byte[][] streams, boolean undirected) {
        List<Feed> feeds = new ArrayList<>();
        int[] at = new int[2];
        long ts = 1_764_460_800_000_000_000L;
        while (at[0] < streams[0].length || at[1] < streams[1].length) {
            int side = at[0] >= streams[0].length ? 1 : at[1] >= streams[1].length ? 0 : random.nextInt(2);
            byte[] s = streams[side];
            Direction d = undirected ? null : side == 0 ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
            ts += random.nextInt(3) == 0 ? 0 : random.nextInt(1000);
            long stamp = random.nextInt(20) == 0 ? 0 : ts;
            if (!undirected && random.nextInt(40) == 0) {
                int lost = Math.min(s.length - at[side], 1 + random.nextInt(60));
                feeds.add(new Feed(d, stamp, null, 0, 0, lost));
                at[side] += lost;
                continue;
            }
            int size = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 1 + random.nextInt(2000);
            int len = Math.min(size, s.length - at[side]);
            feeds.add(new Feed(d, stamp, s, at[side], len, 0));
            at[side] += len;
        }
        return feeds;
    }
}
