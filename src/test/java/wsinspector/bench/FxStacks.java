package wsinspector.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the FX thread was doing, sampled from another thread every {@link #EVERY_MS} ms (WindowLoadProbe with
 * {@code -Dprobe.stacks=true}): on a shared machine JFR's sampler misses a thread that is often off the processor,
 * and a stall is to be explained by the work the window's own code asked for. Each sample keeps the window's
 * outermost and innermost frames and the innermost JavaFX frame, enough to tell the task from the cost inside it.
 */
final class FxStacks {
    private static final long EVERY_MS = 2;

    private record Sample(long atMs, String what) {
    }

    private final Thread fx;
    private final long start;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;

    FxStacks(Thread fx, long start) {
        this.fx = fx;
        this.start = start;
        this.sampler = new Thread(this::run, "fx-stacks");
        sampler.setDaemon(true);
    }

    void start() {
        sampler.start();
    }

    void stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            StackTraceElement[] stack = fx.getStackTrace();
            Thread.State state = fx.getState();
            if (stack.length > 0 && !idle(stack[0])) {
                // a thread that waits (for the renderer, a lock) is named by the frame it waits in
                String what = state == Thread.State.RUNNABLE ? describe(stack)
                        : state + " in " + waitedIn(stack);
                synchronized (samples) {
                    samples.add(new Sample((System.nanoTime() - start) / 1_000_000, what));
                }
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** The first frame under the JDK's own waiting frames: what the FX thread is waiting for. */
    private static String waitedIn(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String name = e.getClassName();
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return name.substring(name.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    private static boolean idle(StackTraceElement top) {
        return top.isNativeMethod() && top.getClassName().startsWith("com.sun.glass");
    }

    private static String describe(StackTraceElement[] stack) {
        String outer = null;
        String inner = null;
        String fxInner = null;
        for (StackTraceElement e : stack) {
            String name = e.getClassName();
            String frame = name.substring(name.lastIndexOf('.') + 1) + "." + e.getMethodName();
            if (name.startsWith("wsinspector") && !name.startsWith("wsinspector.bench")) {
                if (inner == null) {
                    inner = frame;
                }
                outer = frame;
            } else if (inner == null && fxInner == null && (name.startsWith("javafx") || name.startsWith("com.sun.javafx")
                    || name.startsWith("org.fxmisc"))) {
                fxInner = frame;
            }
        }
        return (outer == null ? "(fx)" : outer) + " > " + (inner == null ? "" : inner) + " > "
                + (fxInner == null ? stack[0].getClassName() + "." + stack[0].getMethodName() : fxInner);
    }

    /** The samples between two times (ms since the start), most frequent first, with their counts. */
    String between(long fromMs, long toMs, int top) {
        Map<String, Long> counts;
        synchronized (samples) {
            counts = samples.stream().filter(s -> s.atMs >= fromMs && s.atMs <= toMs)
                    .collect(Collectors.groupingBy(Sample::what, LinkedHashMap::new, Collectors.counting()));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> "      " + e.getValue() + "  " + e.getKey()).collect(Collectors.joining("\n"));
    }
}
