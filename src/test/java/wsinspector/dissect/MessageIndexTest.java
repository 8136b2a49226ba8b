package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact index gives, row by row, the messages the full dissector makes: the plain frames it keeps as bytes
 * and values are made again equal in every respect (header, payload, message, tree, offsets, time), everything
 * else is the dissector's own message. Random conversations of every shape, split at random, with gaps.
 */
class MessageIndexTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void rowsSayWhatTheFullPathSays(long seed) {
        List<RandomFeeds.Feed> feeds = RandomFeeds.conversation(new RandomFrames(seed), seed % 4 != 0, seed % 5 == 0);
        List<Message> full = new ArrayList<>();
        Dissector plain = new Dissector(full::add);
        MessageIndex index = new MessageIndex();
        Dissector indexing = new Dissector(index, index);
        for (RandomFeeds.Feed f : feeds) {
            f.to(plain);
            f.to(indexing);
        }
        plain.finish();
        indexing.finish();

        assertEquals(full.size(), index.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(MessageFacts.of(full.get(i)), MessageFacts.of(index.get(i)), "row " + i);
            assertEquals(full.get(i).kind(), index.kind(i));
        }
        assertTrue(index.keptCount() < index.size(), "some rows are kept as bytes, not messages");
    }

    @Test
    void rowsPastTheFirstChunkOfColumnsAndTheFirstPageOfBytes() {
        int frames = 70_000;   // two chunks of rows and more; 64 KiB frames fill pages of bytes
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            if (i == 40_000) {
                out.writeBytes(new byte[] {(byte) 0x81, (byte) 0x82, 1, 2, 3, 4, 'h' ^ 1, 'i' ^ 2});   // a masked server frame
            } else if (i % 500 == 0) {
                out.writeBytes(new byte[] {(byte) 0x82, 126, (byte) 0xFF, (byte) 0xF0});
                out.writeBytes(new byte[0xFFF0]);
            } else {
                out.writeBytes(new byte[] {(byte) 0x81, 0x03, 'h', 'i', (byte) ('0' + i % 10)});
            }
        }
        byte[] stream = out.toByteArray();
        List<Message> full = new ArrayList<>();
        Dissector plain = new Dissector(full::add);
        MessageIndex index = new MessageIndex();
        Dissector indexing = new Dissector(index, index);
        for (int at = 0; at < stream.length; at += 200_000) {   // most 64 KiB frames whole in a read: into pages (more than one)
            int n = Math.min(200_000, stream.length - at);
            plain.accept(Direction.SERVER_TO_CLIENT, at, stream, at, n);
            indexing.accept(Direction.SERVER_TO_CLIENT, at, stream, at, n);
        }
        plain.finish();
        indexing.finish();

        assertEquals(frames, index.size());
        // kept: only the masked server frame; those a read cut took the reader's path, and are rows all the same
        assertEquals(1, index.keptCount());
        assertTrue(!index.get(40_000).problems().isEmpty());
        for (int i = 0; i < frames; i += i < 32_760 || i > 32_780 && i < 39_990 || i > 40_010 ? 499 : 1) {
            assertEquals(MessageFacts.of(full.get(i)), MessageFacts.of(index.get(i)), "row " + i);
        }
        assertEquals(MessageFacts.of(full.get(frames - 1)), MessageFacts.of(index.get(frames - 1)));
    }

    /** A save walks every row once: each made for the walk equals the dissector's, and none is remembered after it. */
    @ParameterizedTest
    @ValueSource(longs = {3, 7, 10})
    void rowsMadeForOnceEqualTheDissectorsAndAreNotRemembered(long seed) {
        List<RandomFeeds.Feed> feeds = RandomFeeds.conversation(new RandomFrames(seed), true, seed % 5 == 0);
        List<Message> full = new ArrayList<>();
        Dissector plain = new Dissector(full::add);
        MessageIndex walked = new MessageIndex();
        MessageIndex untouched = new MessageIndex();
        Dissector[] indexing = {new Dissector(walked, walked), new Dissector(untouched, untouched)};
        for (RandomFeeds.Feed f : feeds) {
            f.to(plain);
            f.to(indexing[0]);
            f.to(indexing[1]);
        }
        plain.finish();
        indexing[0].finish();
        indexing[1].finish();
        Message held = walked.get(0);

        for (int i = 0; i < full.size(); i++) {
            assertEquals(MessageFacts.of(full.get(i)), MessageFacts.of(walked.madeForOnce(i)), "row " + i);
        }
        assertSame(held, walked.madeForOnce(0), "a message someone holds is that very message");

        // the rows made now after the walk are as many as in an index nobody walked: the walk left none behind
        long before = walked.madeAgainCount();
        for (int i = 1; i < full.size(); i++) {
            walked.get(i);
            untouched.get(i);
        }
        assertTrue(untouched.madeAgainCount() > 0, "the conversation has plain frames");
        assertEquals(untouched.madeAgainCount(), walked.madeAgainCount() - before);
    }

    @Test
    void aMadeMessageStaysTheSameObjectWhileHeldAndIsFoundByIdentity() {
        MessageIndex index = new MessageIndex();
        Dissector d = new Dissector(index, index);
        byte[] twice = {(byte) 0x81, 0x02, 'h', 'i', (byte) 0x81, 0x02, 'h', 'i'};
        d.accept(Direction.SERVER_TO_CLIENT, 0, twice, 0, twice.length);
        d.finish();

        assertEquals(2, index.size());
        assertEquals(0, index.keptCount(), "both are plain frames");
        Message first = index.get(0);
        Message second = index.get(1);
        assertSame(first, index.get(0));
        assertEquals(MessageFacts.of(first).wire(), MessageFacts.of(second).wire(), "an echo: equal bytes");
        assertEquals(0, index.rowOf(first, index.size()));
        assertEquals(1, index.rowOf(second, index.size()));
        assertEquals(-1, index.rowOf(second, 1), "not among the rows below 1");
    }

    @Test
    void keptMessagesAreFoundByIdentity() {
        MessageIndex index = new MessageIndex();
        Dissector d = new Dissector(index, index);
        byte[] unmaskedFromClient = {(byte) 0x81, 0x02, 'h', 'i'};
        d.accept(Direction.CLIENT_TO_SERVER, 0, unmaskedFromClient, 0, unmaskedFromClient.length);
        d.finish();

        assertEquals(1, index.keptCount(), "a frame breaking a rule is kept as the dissector made it");
        assertEquals(0, index.rowOf(index.get(0), 1));
    }
}
