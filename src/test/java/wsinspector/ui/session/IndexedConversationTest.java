package wsinspector.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;

import javafx.collections.ListChangeListener;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageFacts;
import wsinspector.dissect.MessageIndex;
import wsinspector.ui.file.SampleDumps;

/**
 * A loaded conversation shows the rows of its index the loader revealed, in one list change per hand-over however
 * many reveals the loader queued, each row the message the dissector would have made, found again by identity.
 */
class IndexedConversationTest {
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

    private void runFx() {
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
    }

    /** The course notes' conversation, dissected into the file conversation's index as a loader does. */
    private static Conversation loaded() {
        Conversation c = Conversation.ofFile("notes", OptionalLong.empty(), false);
        MessageIndex index = c.index();
        Dissector d = new Dissector(index, index);
        SampleDumps.courseNotes().forEach(d::accept);
        d.finish();
        return c;
    }

    @Test
    void revealsQueuedBeforeAHandOverArriveInOneListChange() {
        Conversation c = loaded();
        List<Integer> added = new ArrayList<>();
        c.messages().addListener((ListChangeListener<Message>) ch -> {
            while (ch.next()) {
                added.add(ch.getAddedSize());
            }
        });
        int rows = c.index().size();
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofHours(1))) {
            batcher.reveal(c, 2);
            batcher.reveal(c, rows);
            runFx();
        }
        assertEquals(List.of(rows), added);
        List<Message> full = Dissector.dissect(SampleDumps.courseNotes()).messages();
        assertEquals(full.size(), c.messages().size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(MessageFacts.of(full.get(i)), MessageFacts.of(c.messages().get(i)), "row " + i);
        }
    }

    @Test
    void aCountQueuedBetweenRevealsKeepsThemInOneListChangeAndOnlyTheNewestRunsAfterThem() {
        Conversation c = loaded();
        List<Integer> added = new ArrayList<>();
        c.messages().addListener((ListChangeListener<Message>) ch -> {
            while (ch.next()) {
                added.add(ch.getAddedSize());
            }
        });
        List<String> counts = new ArrayList<>();
        Object key = new Object();
        int rows = c.index().size();
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofHours(1))) {
            // as a capture's reading hands over: a reveal and the status line's count at each progress report
            batcher.reveal(c, 2);
            batcher.runLast(key, () -> counts.add("2 of " + c.messages().size()));
            batcher.reveal(c, 4);
            batcher.runLast(key, () -> counts.add("4 of " + c.messages().size()));
            batcher.reveal(c, rows);
            batcher.runLast(key, () -> counts.add(rows + " of " + c.messages().size()));
            runFx();
        }
        assertEquals(List.of(rows), added, "one list change, not one per report");
        assertEquals(List.of(rows + " of " + rows), counts, "the newest count only, after the rows it counts");
    }

    @Test
    void onlyRevealedRowsAreShownAndRowsAreFoundByIdentity() {
        Conversation c = loaded();
        c.reveal(3);
        assertEquals(3, c.messages().size());
        assertThrows(IndexOutOfBoundsException.class, () -> c.messages().get(3));
        Message second = c.messages().get(1);
        assertSame(second, c.messages().get(1), "the same object while it is held");
        assertEquals(1, c.messages().indexOf(second));
        assertEquals(1, IndexedMessages.rowOf(second, c.messages()));
        assertEquals(-1, c.messages().indexOf(c.index().get(4)), "a row not revealed yet is not in the list");
        assertThrows(IllegalStateException.class, () -> c.append(List.of(second)), "a loaded conversation is its index");
        assertThrows(UnsupportedOperationException.class, () -> c.messages().add(second));
    }
}
