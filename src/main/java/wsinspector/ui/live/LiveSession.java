package wsinspector.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import wsinspector.net.ClientOptions;
import wsinspector.net.SteppedClient;
import wsinspector.net.TapListener;
import wsinspector.net.WireTap;

/**
 * The live side of a lesson, without controls: one {@link WireTap}, the echo server ({@link #server()}) and the
 * client ({@link #client()}) that record into it, and the step mode's clients. Starting, stopping, connecting and
 * sending run on the session's own threads (one for the server, one for the client), never on the FX thread; what
 * the panes show is published to the FX thread through read-only properties.
 *
 * <p>The window records the conversation through {@link #addTapListener}: every connection once, by the rule of
 * {@link TapRule} (the echo server's recording of every connection made to it; the client's recording only of its
 * connections to other servers).
 */
public final class LiveSession implements AutoCloseable {
    /** Events the tap holds for slow listeners before it drops (and reports) them. */
    public static final int TAP_CAPACITY = 16_384;

    private final WireTap tap = new WireTap(TAP_CAPACITY);
    private final Set<InetSocketAddress> ownServerAddresses = ConcurrentHashMap.newKeySet();
    private final TapRule rule = new TapRule(() -> ownServerAddresses);
    private final ExecutorService serverThread = Executors.newSingleThreadExecutor(daemon("live-server"));
    private final ExecutorService clientThread = Executors.newSingleThreadExecutor(daemon("live-client"));
    /** The step mode's own thread: a receive step blocks up to its timeout and must not hold up the client. */
    private final ExecutorService stepThread = Executors.newSingleThreadExecutor(daemon("live-steps"));
    private final Set<SteppedClient> steppers = ConcurrentHashMap.newKeySet();
    /** Where the step mode's connections come from: our echo server waits for them however long a step lasts. */
    private final Set<InetSocketAddress> stepperAddresses = ConcurrentHashMap.newKeySet();
    private final LiveServer server;
    private final LiveClient client;
    /** The proxy's own thread: starting it must not wait behind the server or the client. */
    private final ExecutorService proxyThread = Executors.newSingleThreadExecutor(daemon("live-proxy"));
    private final LiveProxy proxy;

    /** A session whose state lands on the FX thread. */
    public LiveSession() {
        this(Platform::runLater);
    }

    /** @param fx where state changes are published (the FX thread; tests may pass a direct executor) */
    LiveSession(Executor fx) {
        server = new LiveServer(tap, fx, serverThread, ownServerAddresses, stepperAddresses::contains);
        client = new LiveClient(tap, fx, clientThread);
        proxy = new LiveProxy(tap, fx, proxyThread);
    }

    /** The echo server's side. */
    public LiveServer server() {
        return server;
    }

    /** The proxy to a real server, whose conversations are recorded as the others. */
    public LiveProxy proxy() {
        return proxy;
    }

    /** The client's side. */
    public LiveClient client() {
        return client;
    }

    // --- the tap ----------------------------------------------------------------------------

    /**
     * Hears every recorded connection once (see {@link TapRule}), in batches on the tap's thread: the listener
     * must hop to the FX thread itself, in batches (a flood of frames must not flood the FX queue).
     */
    public void addTapListener(TapListener listener) {
        tap.addListener(batch -> {
            List<wsinspector.net.TapEvent> kept = rule.filter(batch);
            if (!kept.isEmpty()) {
                listener.onEvents(kept);
            }
        });
    }

    /** The raw tap, with both ends of every connection (for a listener that wants them all). */
    public WireTap tap() {
        return tap;
    }

    // --- the step mode ----------------------------------------------------------------------

    /** A step-mode client recording into this session's tap; closed with the session. */
    SteppedClient openStepper(ClientOptions options) {
        SteppedClient c = new SteppedClient(options, tap);
        steppers.add(c);
        return c;
    }

    /**
     * Tells our echo server that this step-mode client's connection is ours: the lecturer may stay on a step for
     * minutes, and the server must not close it as a slow client (it still does for everyone else).
     */
    void stepperConnected(SteppedClient c) {
        c.localAddress().ifPresent(a -> {
            stepperAddresses.add(a);
            // its Opened reaches the timeline now (the server held it for the request head): from the TCP step on,
            // the selector, the count and the status line speak of this connection, not of the file shown before
            server.recordAtOnce(a);
        });
    }

    /**
     * Tells our echo server that a connection from this address is ours and is paced by a lecturer (a guided
     * lesson's client): as for the step mode's clients, it is never closed for staying idle.
     */
    public void waitPatientlyFor(InetSocketAddress client) {
        stepperAddresses.add(client);
    }

    /** Closes a step-mode client (off the FX thread: it may be blocked in a receive step). */
    void closeStepper(SteppedClient c) {
        steppers.remove(c);
        executeQuietly(stepThread, () -> {
            c.close();
            c.localAddress().ifPresent(stepperAddresses::remove);
        });
    }

    /** Runs a step (which may block on the network) on the step mode's thread. */
    <T> CompletableFuture<T> onStepThread(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, stepThread);
    }

    // --- shutdown ---------------------------------------------------------------------------

    /** Closes the client and the server and stops the tap; waits a few seconds at most. */
    @Override
    public void close() {
        client.release();
        server.release();
        proxy.release();
        proxyThread.shutdownNow();
        // SteppedClient.close() waits for a step blocked in a receive (up to its timeout): not on this thread
        List<SteppedClient> open = List.copyOf(steppers);
        steppers.clear();
        daemon("live-steps-close").newThread(() -> open.forEach(SteppedClient::close)).start();
        clientThread.shutdown();
        serverThread.shutdown();
        stepThread.shutdownNow();
        try {
            clientThread.awaitTermination(3, TimeUnit.SECONDS);
            serverThread.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientThread.shutdownNow();
        serverThread.shutdownNow();
        tap.close();
    }

    /** Runs r on the thread unless the session has already shut it down (its close() then does r's closing). */
    static void executeQuietly(ExecutorService thread, Runnable r) {
        try {
            thread.execute(r);
        } catch (RejectedExecutionException shutDown) {
            // the session is closing: it closes the client itself
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
