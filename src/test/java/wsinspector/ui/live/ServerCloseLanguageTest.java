package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.Explanations;
import wsinspector.net.ClientOptions;
import wsinspector.net.EchoServerOptions;

/**
 * The window's own client quotes the close reason of the window's own server in the reader's language (O12), whether
 * the language was chosen before the server started or switched (Ctrl+L) while it runs.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ServerCloseLanguageTest {
    /** Stands in for the FX thread: one thread, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final LiveSession session = new LiveSession(fx);

    @AfterEach
    void close() {
        session.close();
        fx.shutdownNow();
    }

    @Test
    void theLanguageChosenBeforeTheServerStarts() throws Exception {
        session.server().setPeerLanguage(Explanations.RUSSIAN);
        assertEquals("бездействие дольше 300 мс", idleCloseReason());
    }

    @Test
    void theLanguageSwitchedWhileTheServerRuns() throws Exception {
        session.server().setPeerLanguage(Explanations.RUSSIAN);
        InetSocketAddress at = session.server().start(idleOptions()).get(5, TimeUnit.SECONDS);
        session.server().setPeerLanguage(Locale.ENGLISH);
        assertEquals("idle for 300 ms", closeReasonFrom(at));
    }

    private String idleCloseReason() throws Exception {
        return closeReasonFrom(session.server().start(idleOptions()).get(5, TimeUnit.SECONDS));
    }

    private static EchoServerOptions idleOptions() {
        return EchoServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300));
    }

    /** Connects the session's client and waits, on the stand-in FX thread, for the reason the server closes with. */
    private String closeReasonFrom(InetSocketAddress at) throws Exception {
        CompletableFuture<String> reason = new CompletableFuture<>();
        fx.submit(() -> session.client().closeReasonProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                reason.complete(now);
            }
        })).get(5, TimeUnit.SECONDS);
        session.client().connect(ClientOptions.defaults(URI.create(LiveServer.url(at)))).get(5, TimeUnit.SECONDS);
        return reason.get(10, TimeUnit.SECONDS);
    }
}
