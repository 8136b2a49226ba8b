package wsinspector.ui.lesson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * Waits, on the FX thread, until the message a step points at is in the window's session: the step is shown
 * only once its bytes have arrived, never before (a lesson does not race the lecturer, nor the network). The
 * newest message that fits is taken; a data frame that says more fragments follow (FIN = 0) is taken once
 * something comes after it, so a fragmented message is shown with its last fragment there.
 */
final class MessageWatch {
    /** A message found, with its conversation; both null when nothing fitting came in time. */
    record Found(Conversation conversation, Message message) {
        boolean none() {
            return message == null;
        }
    }

    /**
     * Where to look.
     *
     * @param conversation the lesson's conversation, searched from {@code from}; null to search only new ones
     * @param known        conversations that existed before the step (new ones are those not in it)
     * @param newOnes      whether conversations opened since then are searched (a connect step)
     */
    record Scope(Conversation conversation, int from, Set<Conversation> known, boolean newOnes) {
    }

    private final Session session;
    private final MessagePick pick;
    private final Scope scope;
    private final CompletableFuture<Found> result = new CompletableFuture<>();
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener check = o -> check(false);

    private MessageWatch(Session session, MessagePick pick, Scope scope) {
        this.session = session;
        this.pick = pick;
        this.scope = scope;
    }

    /**
     * Starts watching; FX thread only. The future completes on the FX thread.
     *
     * @param fx      runs the timeout's check on the FX thread
     * @param timeout how long to wait for a message that fits
     */
    static CompletableFuture<Found> await(Session session, MessagePick pick, Scope scope, Duration timeout, Executor fx) {
        MessageWatch w = new MessageWatch(session, pick, scope);
        w.watch(session.conversations());
        for (Conversation c : session.conversations()) {
            w.watch(c.messages());
        }
        w.check(false);
        if (!w.result.isDone()) {
            Executor later = CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            later.execute(() -> fx.execute(() -> w.check(true)));
        }
        return w.result;
    }

    private void watch(Observable o) {
        if (!watched.contains(o)) {
            o.addListener(check);
            watched.add(o);
        }
    }

    private void check(boolean timedOut) {
        if (result.isDone()) {
            return;
        }
        for (Conversation c : session.conversations()) {
            watch(c.messages());   // a conversation opened meanwhile
        }
        Found best = null;
        for (Conversation c : candidates()) {
            List<Message> messages = c.messages();
            int from = c == scope.conversation() ? scope.from() : 0;
            for (int i = messages.size() - 1; i >= from; i--) {
                Message m = messages.get(i);
                if (pick.matches(m)) {
                    boolean settled = !moreFragmentsFollow(m) || i < messages.size() - 1;
                    if (settled || timedOut) {
                        best = new Found(c, m);
                    }
                    break;
                }
            }
            if (best != null) {
                break;
            }
        }
        if (best != null || timedOut) {
            watched.forEach(o -> o.removeListener(check));
            watched.clear();
            result.complete(best != null ? best : new Found(null, null));
        }
    }

    /** The lesson's conversation first, then those opened since the step began (newest first). */
    private List<Conversation> candidates() {
        List<Conversation> out = new ArrayList<>();
        if (scope.conversation() != null) {
            out.add(scope.conversation());
        }
        if (scope.newOnes()) {
            List<Conversation> all = session.conversations();
            for (int i = all.size() - 1; i >= 0; i--) {
                if (!scope.known().contains(all.get(i)) && !out.contains(all.get(i))) {
                    out.add(all.get(i));
                }
            }
        }
        return out;
    }

    private static boolean moreFragmentsFollow(Message m) {
        return m instanceof FrameMessage f && f.header() != null && !f.header().fin();
    }
}
