package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wsinspector.protocol.Problem;

/**
 * A counting dissector ({@code decode --summary}) says exactly what the full one does: the same messages in the
 * same order, each plain frame counted where the full path makes a message without problems of it. Random
 * conversations of frames of every shape, split at random, with gaps, in both directions and undirected.
 */
class CountingDissectorTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void countingSaysWhatTheFullPathSays(long seed) {
        RandomFrames frames = new RandomFrames(seed);
        boolean handshake = seed % 4 != 0;
        List<RandomFeeds.Feed> feeds = RandomFeeds.conversation(frames, handshake, seed % 5 == 0);

        List<String> full = new ArrayList<>();
        Dissector plain = new Dissector(m -> full.add(describe(m)));
        List<String> counted = new ArrayList<>();
        int[] plainFrames = new int[1];
        Dissector counting = new Dissector(m -> counted.add(describe(m)), (d, framingStart, offset, bytes, from, length, ts) -> {
            plainFrames[0]++;
            counted.add("frame " + d.code() + " " + length + " @" + ts + " []");
        });
        for (RandomFeeds.Feed f : feeds) {
            f.to(plain);
            f.to(counting);
        }
        plain.finish();
        counting.finish();
        assertEquals(full, counted);
        assertTrue(plainFrames[0] > 0, "some frames were counted without a message");
        assertTrue(full.stream().anyMatch(s -> !s.endsWith("[]")), "some messages broke a rule");
    }

    private static String describe(Message m) {
        List<String> rules = new ArrayList<>();
        for (Problem p : m.problems()) {
            rules.add(p.rule().id());
        }
        return m.kind().code() + " " + m.direction().code() + " " + m.length() + " @" + m.timestampNanos() + " " + rules;
    }
}
