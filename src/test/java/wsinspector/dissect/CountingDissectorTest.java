package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wsinspector.protocol.Problem;

/**
 * A counting dissector ({@code decode --summary}) says exactly what the full one does: the same messages in the
 * same order, each plain frame counted where the full path makes a message without problems of it. Random
 * conversations of frames of every shape, split at random, with gaps, in both directions and undirected.
 */
class CountingDissectorTest {
    private static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    private static final String RESPONSE = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void countingSaysWhatTheFullPathSays(long seed) {
        RandomFrames frames = new RandomFrames(seed);
        Random random = frames.random();
        boolean handshake = seed % 4 != 0;
        byte[][] streams = {stream(frames, true, handshake ? REQUEST : null), stream(frames, false, handshake ? RESPONSE : null)};
        List<Feed> feeds = feeds(random, streams, seed % 5 == 0);

        List<String> full = new ArrayList<>();
        Dissector plain = new Dissector(m -> full.add(describe(m)));
        List<String> counted = new ArrayList<>();
        int[] plainFrames = new int[1];
        Dissector counting = new Dissector(m -> counted.add(describe(m)), (d, length, ts) -> {
            plainFrames[0]++;
            counted.add("frame " + d.code() + " " + length + " @" + ts + " []");
        });
        for (Feed f : feeds) {
            f.to(plain);
            f.to(counting);
        }
        plain.finish();
        counting.finish();
        assertEquals(full, counted);
        assertTrue(plainFrames[0] > 0, "some frames were counted without a message");
        assertTrue(full.stream().anyMatch(s -> !s.endsWith("[]")), "some messages broke a rule");
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

    /** One call on a dissector: bytes of a direction, or a gap. */
    private record Feed(Direction direction, long ts, byte[] bytes, int off, int len, long gap) {
        void to(Dissector d) {
            if (bytes == null) {
                d.gap(direction, ts, gap);
            } else {
                d.accept(direction, ts, bytes, off, len);
            }
        }
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

    private static String describe(Message m) {
        List<String> rules = new ArrayList<>();
        for (Problem p : m.problems()) {
            rules.add(p.rule().id());
        }
        return m.kind().code() + " " + m.direction().code() + " " + m.length() + " @" + m.timestampNanos() + " " + rules;
    }
}
