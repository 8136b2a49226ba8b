package wsinspector.net;

import java.util.ArrayDeque;

/**
 * One connection's answers in the order its frames came, each run not before its time: the lesson's delay holds
 * back an echo and whatever the client sent after the message (a pong may not overtake the echo before it).
 * Loop thread only.
 */
final class AnswerQueue {
    private final EventLoop loop;
    private final ArrayDeque<Runnable> answers = new ArrayDeque<>();
    private EventLoop.Timer timer;
    private long timerDueNanos;
    private boolean stopped;

    AnswerQueue(EventLoop loop) {
        this.loop = loop;
    }

    /** Whether an answer without delay may run at once: nothing waits before it. */
    boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Runs {@code answer} after those before it and not before {@code delayMillis} from now. */
    void add(long delayMillis, Runnable answer) {
        if (stopped) {
            return;
        }
        if (answers.isEmpty() && delayMillis <= 0) {
            answer.run();
            return;
        }
        answers.add(delayMillis <= 0 ? answer : new Delayed(System.nanoTime() + delayMillis * 1_000_000L, answer));
        run();
    }

    /** The connection ended: nothing more runs. */
    void stop() {
        stopped = true;
        answers.clear();
        if (timer != null) {
            timer.cancel();
        }
    }

    /** An answer held until its time. */
    private record Delayed(long dueNanos, Runnable answer) implements Runnable {
        @Override
        public void run() {
            answer.run();
        }
    }

    private void run() {
        while (!answers.isEmpty() && !stopped) {
            Runnable next = answers.peek();
            if (next instanceof Delayed d && d.dueNanos() - System.nanoTime() > 0) {
                if (timer == null || timerDueNanos != d.dueNanos()) {
                    if (timer != null) {
                        timer.cancel();
                    }
                    timerDueNanos = d.dueNanos();
                    timer = loop.schedule(d.dueNanos() - System.nanoTime(), () -> {
                        timer = null;
                        run();
                    });
                }
                return;
            }
            answers.poll();
            next.run();
        }
    }
}
