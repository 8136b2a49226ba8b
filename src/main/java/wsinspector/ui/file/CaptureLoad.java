package wsinspector.ui.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javafx.concurrent.Task;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageIndex;
import wsinspector.dissect.WebSocketLikeness;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;

/**
 * Reads a {@link CaptureSource} off the FX thread and hands what it finds to the window while it reads:
 * each conversation as it begins, its messages as rows of the conversation's {@link MessageIndex} (a plain frame
 * is a row of numbers and bytes, made a message only when shown), revealed at each progress report through an
 * {@link FxBatcher} (one list update per hand-over however fast the reading goes), progress through the task's
 * progress. No field tree is built here; the inspector builds the selected message's. Cancel stops the reading:
 * what was handed over stays. Fails with the source's {@code DumpException}, whose message is for people.
 */
final class CaptureLoad extends Task<CaptureLoad.Result> {
    /**
     * The longest the reading waits for the window to draw the first message and its view (a window that is not showing
     * never does; on a busy machine the view's first styling takes seconds).
     */
    static final long FIRST_DRAWN_WAIT_MS = 3000;

    /**
     * What was read: its messages are in the conversations by the time this is seen.
     *
     * @param notices what the reader noticed, and first whether the input looks like WebSocket at all
     */
    record Result(String format, int conversations, long messages, List<CaptureNotice> notices) {
    }

    /** What the window does with a load's findings, on the FX thread. */
    interface Shown {
        /** A conversation begins (before any of its messages arrive); {@code first} for the load's first. */
        void conversation(Conversation conversation, boolean first);

        /**
         * The load's first message that is bytes (not a TCP event) is in its conversation; {@code drawn} is to be
         * run once the window has drawn it and the inspector's view of it whole: the reading waits for that (at most
         * {@link #FIRST_DRAWN_WAIT_MS} ms), so the first screen does not share the processors with the reading of the
         * rest.
         */
        void firstMessage(Message message, Runnable drawn);

        /**
         * Runs {@code action} once the frame that draws what was handed over just now is drawn, in an FX task of its
         * own: the rows read with the load's first message are revealed after it, so that the timeline's first cells
         * (their skins and styles, costly on a cold JVM) are made over two frames, not one; and the first message is
         * handed over after the first conversation's arrival (the window's bands arranged for a capture, the forms'
         * heights: 20-50 ms of the FX thread), not in the same FX task and pulse.
         */
        void afterNextFrame(Runnable action);

        /**
         * What the input is, when it is no WebSocket conversation (a PNG, ordinary HTTP, bytes that make no sense as
         * frames): told before the first of its messages is handed over, so that no frame is on screen without it
         * (a PNG's «Ping 80 B ✔» stood for seconds before its notice, W8-2). Told again, whole, with the result.
         */
        void whatItIs(List<CaptureNotice> notices);

        /**
         * The window has been handed {@code messages} messages in all, the last of them just now: what the status
         * line counts. Told at each hand-over, not only when the progress moves: a dump is read whole before its
         * messages come, so its progress is at 100 % while none is read yet, and moves no more after.
         */
        void read(long messages);
    }

    /** The key of the status line's count on the batcher: the newest of a hand-over is the one shown. */
    private final Object readCount = new Object();

    private final CaptureSource source;
    private final FxBatcher batcher;
    private final Function<CaptureSource.Found, Conversation> conversations;
    private final Shown shown;
    private final Object handOver = new Object();
    private final AtomicLong delivered = new AtomicLong();
    private final List<CaptureNotice> notices = Collections.synchronizedList(new ArrayList<>());
    private boolean stopped;
    // the loading thread's own: the conversations read so far (a capture's connections interleave)
    private final List<Reading> reading = new ArrayList<>();
    private int opened;
    private boolean firstShown;
    /** The source has been read to its end (loading thread). */
    private boolean ended;
    private boolean toldWhatItIs;
    private final CountDownLatch firstDrawn = new CountDownLatch(1);

    /** @param conversations makes the window's conversation for one the source found (its title, its times) */
    CaptureLoad(CaptureSource source, FxBatcher batcher, Function<CaptureSource.Found, Conversation> conversations,
                Shown shown) {
        this.source = source;
        this.batcher = batcher;
        this.conversations = conversations;
        this.shown = shown;
    }

    CaptureSource source() {
        return source;
    }

    /** Messages handed to the window so far. */
    long delivered() {
        return delivered.get();
    }

    /**
     * Hands nothing more to the window (FX thread, when the load was cancelled). Everything handed over before
     * reaches the window before whatever the caller queues on the batcher next.
     *
     * @return how many messages were handed over: what the window keeps
     */
    long stop() {
        synchronized (handOver) {
            stopped = true;
            return delivered.get();
        }
    }

    @Override
    protected Result call() throws Exception {
        String format = source.read(new CaptureSource.Sink() {
            @Override
            public MessageIndex conversation(CaptureSource.Found found) {
                return begin(found);
            }

            @Override
            public void notice(CaptureNotice notice) {
                notices.add(notice);
            }

            @Override
            public void progress(long done, long total) {
                flush();
                if (isCancelled()) {
                    throw new CancellationException();
                }
                updateProgress(done, total);
            }
        });
        ended = true;
        flush();
        List<CaptureNotice> all = whatItIs();
        // Every message is in its conversation before the load reports success.
        CountDownLatch arrived = new CountDownLatch(1);
        deliver(() -> batcher.run(arrived::countDown));
        arrived.await();
        return new Result(format, opened, delivered.get(), all);
    }

    /** The reader's notices, with first what the input is when it is no WebSocket conversation (loading thread). */
    private List<CaptureNotice> whatItIs() {
        List<CaptureNotice> all = new ArrayList<>(notices);
        CaptureNotice notWebSocket = CaptureNotice.notWebSocket(WebSocketLikeness.of(firstLooked()));
        // What the file is (a PNG, a ZIP…) says more than that its bytes make no WebSocket sense: that first.
        if (opened > 0 && notWebSocket != null) {
            all.add(0, notWebSocket);
        }
        all.sort(java.util.Comparator.comparing(n -> !n.key().startsWith("signature.")));
        return all;
    }

    /**
     * Whether enough of the first conversation is read to tell if it is WebSocket at all: a handshake, or as many
     * messages as {@link WebSocketLikeness} looks at, or the end of the reading.
     */
    private boolean likenessKnown() {
        if (ended) {
            return true;
        }
        if (reading.isEmpty()) {
            return false;
        }
        MessageIndex index = reading.get(0).conversation.index();
        int looked = 0;
        for (int i = 0; i < index.size() && looked < WebSocketLikeness.MESSAGES_LOOKED_AT; i++) {
            Message.Kind kind = index.kind(i);
            if (kind == Message.Kind.HANDSHAKE_REQUEST || kind == Message.Kind.HANDSHAKE_RESPONSE) {
                return true;
            }
            if (kind != Message.Kind.CONNECTION && kind != Message.Kind.GAP) {
                looked++;
            }
        }
        return looked >= WebSocketLikeness.MESSAGES_LOOKED_AT;
    }

    private MessageIndex begin(CaptureSource.Found found) {
        flush();
        Conversation c = conversations.apply(found);
        boolean first = opened++ == 0;
        if (first) {
            // the window arranges itself for a capture in a hand-over and a frame of their own, before the first message
            CountDownLatch arrived = new CountDownLatch(1);
            deliver(() -> batcher.run(() -> {
                shown.conversation(c, true);
                shown.afterNextFrame(arrived::countDown);
            }));
            awaitFx(arrived);
        } else {
            deliver(() -> batcher.run(() -> shown.conversation(c, false)));
        }
        reading.add(new Reading(c));
        return c.index();
    }

    /** Hands the window the rows each conversation's index has gained since the last time. */
    private void flush() {
        if (!firstShown && !reading.isEmpty()) {
            if (!likenessKnown()) {
                return;   // no message on screen before it is known whether to say that the input is no WebSocket
            }
            List<CaptureNotice> said = whatItIs().stream().filter(InputNoticeBanner::saysWhatItIs).toList();
            if (!said.isEmpty() && !toldWhatItIs) {
                toldWhatItIs = true;
                deliver(() -> batcher.run(() -> shown.whatItIs(said)));
            }
        }
        for (Reading r : reading) {
            MessageIndex index = r.conversation.index();
            int from = r.handed;
            int to = index.size();
            if (to == from) {
                continue;
            }
            r.handed = to;
            deliver(() -> {
                long all = delivered.addAndGet(to - from);
                int first = firstShown ? -1 : firstWithBytes(index, from, to);
                if (first >= 0) {
                    // Up to the first message alone first: the inspector, following the newest message until one
                    // is selected, then shows the one that is selected next, and builds its view once, not twice.
                    firstShown = true;
                    batcher.reveal(r.conversation, first + 1);
                    Message m = index.get(first);
                    batcher.run(() -> shown.firstMessage(m, firstDrawn::countDown));
                    Conversation c = r.conversation;
                    batcher.run(() -> shown.afterNextFrame(() -> c.reveal(to)));
                } else {
                    batcher.reveal(r.conversation, to);
                }
                // the newest count only, after the reveals: an action between two reveals kept them apart, and the FX
                // thread then changed the timeline's list (and the window shared its height) once per progress report
                batcher.runLast(readCount, () -> shown.read(all));
            });
            if (firstShown && firstDrawn.getCount() > 0) {
                awaitFirstDrawn();
            }
        }
    }

    private void awaitFirstDrawn() {
        awaitFx(firstDrawn);
    }

    /** Waits (at most {@link #FIRST_DRAWN_WAIT_MS} ms) for the window to have done something; never again after. */
    private static void awaitFx(CountDownLatch done) {
        try {
            done.await(FIRST_DRAWN_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException cancelled) {
            // Cancel interrupts the reading thread: the reading ends at the next hand-over
            Thread.currentThread().interrupt();
        }
        done.countDown();
    }

    /**
     * The first row from {@code from} that is bytes (a handshake, a frame), not a TCP SYN or a gap: what a person
     * wants to see first; -1 when none is before {@code to}.
     */
    private static int firstWithBytes(MessageIndex index, int from, int to) {
        for (int i = from; i < to; i++) {
            Message.Kind kind = index.kind(i);
            if (kind != Message.Kind.CONNECTION && kind != Message.Kind.GAP) {
                return i;
            }
        }
        return -1;
    }

    /** The first messages of the load's first conversation: what tells whether the input is WebSocket at all. */
    private List<Message> firstLooked() {
        List<Message> first = new ArrayList<>();
        if (!reading.isEmpty()) {
            MessageIndex index = reading.get(0).conversation.index();
            for (int i = 0; i < Math.min(index.size(), WebSocketLikeness.MESSAGES_LOOKED_AT); i++) {
                first.add(index.get(i));
            }
        }
        return first;
    }

    /** A conversation being read, and how many of its index's rows the window was told of. Loading thread only. */
    private static final class Reading {
        final Conversation conversation;
        int handed;

        Reading(Conversation conversation) {
            this.conversation = conversation;
        }
    }

    /** Hands something to the window, unless the load was stopped: then the reading ends here. */
    private void deliver(Runnable handOverAction) {
        synchronized (handOver) {
            if (stopped || isCancelled()) {
                throw new CancellationException();
            }
            handOverAction.run();
        }
    }
}
