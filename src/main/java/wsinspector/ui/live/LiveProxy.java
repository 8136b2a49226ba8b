package wsinspector.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import wsinspector.net.WireTap;
import wsinspector.net.WsProxy;

/**
 * The proxy's side of a {@link LiveSession}: a {@link WsProxy} from a local port to a real server, recording into
 * the session's tap, so a real page or program pointed at the port has its conversation in the timeline live
 * ("Proxy #1 · …"). Started and stopped on its own thread, never the FX thread; its state reaches the FX thread.
 */
public final class LiveProxy {
    /** Not listening, or listening on this address. */
    public record State(InetSocketAddress listening, URI target) {
        public boolean running() {
            return listening != null;
        }
    }

    private final WireTap tap;
    private final Executor fx;
    private final ExecutorService thread;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(new State(null, null));
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private volatile WsProxy proxy;

    LiveProxy(WireTap tap, Executor fx, ExecutorService thread) {
        this.tap = tap;
        this.fx = fx;
        this.thread = thread;
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and forwards each connection to {@code target}. */
    public CompletableFuture<InetSocketAddress> start(int port, URI target) {
        fx.execute(() -> note.set(null));
        return CompletableFuture.supplyAsync(() -> {
            if (proxy != null) {
                throw new Unavailable("live.error.state.proxyRunning", "the proxy is already running");
            }
            WsProxy p = new WsProxy("127.0.0.1", port, target, tap);
            try {
                InetSocketAddress at = p.start();
                proxy = p;
                return at;
            } catch (IOException e) {
                p.close();
                throw new UncheckedIOException(e);
            }
        }, thread).whenComplete((at, failure) -> fx.execute(() -> {
            if (failure == null) {
                state.set(new State(at, target));
            } else {
                note.set(Errors.note(failure));
            }
        }));
    }

    /** Stops listening and cuts the connections going through it. */
    public CompletableFuture<Void> stop() {
        return CompletableFuture.runAsync(this::release, thread)
                .whenComplete((ok, failure) -> fx.execute(() -> state.set(new State(null, null))));
    }

    /** Shows a problem found before starting (an unreadable URL). */
    void reportProblem(Note problem) {
        fx.execute(() -> note.set(problem));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Closes the proxy (the session's close, or stop). */
    void release() {
        WsProxy p = proxy;
        proxy = null;
        if (p != null) {
            p.close();
        }
    }
}
