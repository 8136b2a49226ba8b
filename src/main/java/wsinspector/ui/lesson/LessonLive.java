package wsinspector.ui.lesson;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.beans.value.ChangeListener;
import wsinspector.net.ClientMode;
import wsinspector.net.ClientOptions;
import wsinspector.net.EchoServerOptions;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.ServerConnectionRow;

/**
 * Does a step's action on the window's live session: the same echo server and client the panes show, so the
 * class sees the lesson's traffic where it sees a lecturer's own. Called on the FX thread; the work runs on
 * the session's threads and the future completes when it is done (sent, connected, started).
 */
final class LessonLive {
    /** How long the client waits to connect and for the server's handshake. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final LiveSession live;

    LessonLive(LiveSession live) {
        this.live = live;
    }

    CompletableFuture<?> perform(LessonAction action) {
        if (action instanceof LessonAction.StartServer s) {
            return server(s.subprotocols());
        }
        if (action instanceof LessonAction.Connect c) {
            return server(List.of()).thenCompose(url -> connect(url, c));
        }
        if (action instanceof LessonAction.SendText t) {
            return live.client().sendText(t.text(), t.fragment(), null);
        }
        if (action instanceof LessonAction.SendBinary b) {
            return live.client().sendBinary(b.data(), 0, null);
        }
        if (action instanceof LessonAction.ClientPing p) {
            return live.client().ping(p.payload());
        }
        if (action instanceof LessonAction.ServerPing p) {
            return serverPing(p.payload());
        }
        if (action instanceof LessonAction.Close c) {
            return live.client().close(c.code(), c.reason());
        }
        return live.client().sendRaw(((LessonAction.SendRaw) action).bytes());
    }

    /** The running server's base URL ({@code ws://127.0.0.1:PORT/}); started when it is not running. */
    private CompletableFuture<String> server(List<String> subprotocols) {
        LiveServer server = live.server();
        String url = server.urlProperty().get();
        if (url != null) {
            return CompletableFuture.completedFuture(url);
        }
        if (server.stateProperty().get() == LiveServer.ServerState.STARTING) {
            return whenUrl(server);   // the lecturer just pressed Start
        }
        return server.start(EchoServerOptions.defaults().withSubprotocols(subprotocols)).thenApply(LessonLive::url);
    }

    private static CompletableFuture<String> whenUrl(LiveServer server) {
        CompletableFuture<String> url = new CompletableFuture<>();
        ChangeListener<String> set = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String old, String now) {
                if (now != null) {
                    server.urlProperty().removeListener(this);
                    url.complete(now);
                }
            }
        };
        server.urlProperty().addListener(set);
        return url;
    }

    private static String url(InetSocketAddress a) {
        return "ws://127.0.0.1:" + a.getPort() + "/";
    }

    private CompletableFuture<Void> connect(String base, LessonAction.Connect c) {
        URI uri = URI.create(base.replaceAll("/$", "") + c.path());
        ClientOptions options = new ClientOptions(uri, c.legacy() ? ClientMode.HIXIE76 : ClientMode.RFC6455,
                c.subprotocols(), false, List.of(), c.key(), c.origin(), true, CONNECT_TIMEOUT);
        // the lecturer may stay on a step for many minutes: our server waits for this connection as for step mode's
        return live.client().connect(options).thenRun(() -> live.client().localAddress().ifPresent(live::waitPatientlyFor));
    }

    /** The server pings the newest open connection: the lesson's client. */
    private CompletableFuture<Void> serverPing(byte[] payload) {
        List<ServerConnectionRow> rows = live.server().connections();
        for (int i = rows.size() - 1; i >= 0; i--) {
            ServerConnectionRow row = rows.get(i);
            if (row.status() == ServerConnectionRow.Status.OPEN) {
                live.server().ping(row.id(), new String(payload, StandardCharsets.UTF_8));
                return CompletableFuture.completedFuture(null);
            }
        }
        return CompletableFuture.failedFuture(new CompletionException(new LessonNote.Failure(LessonNote.of("note.noConnection"))));
    }
}
