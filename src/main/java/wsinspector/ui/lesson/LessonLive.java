package wsinspector.ui.lesson;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javafx.beans.value.ChangeListener;
import wsinspector.net.EchoServerOptions;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.ServerConnectionRow;

/**
 * Does a step's action on the window's live session: the same echo server and client the panes show, so the
 * class sees the lesson's traffic where it sees a lecturer's own. Called on the FX thread; the work runs on
 * the session's threads and the future completes when it is done (sent, connected, started). The client connects
 * with the client pane's settings, which a connect step fills first: what the pane shows is what is sent.
 */
final class LessonLive {
    private final LiveSession live;
    private final ClientPaneModel pane;
    private final ClientFields fields;
    private final Executor fx;

    /** @param fx runs on the FX thread: the pane's fields are written there once the server runs */
    LessonLive(ClientPaneModel pane, ClientFields fields, Executor fx) {
        this.live = pane.session();
        this.pane = pane;
        this.fields = fields;
        this.fx = fx;
    }

    CompletableFuture<?> perform(LessonAction action) {
        if (action instanceof LessonAction.StartServer s) {
            return server(s.subprotocols());
        }
        if (action instanceof LessonAction.Connect c) {
            return server(List.of()).thenComposeAsync(url -> connect(url, c), fx);
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
        fields.write(base, c);
        return pane.options().map(options -> live.client().connect(options)
                        // the lecturer may stay on a step for many minutes: our server waits for this connection as for step mode's
                        .thenRun(() -> live.client().localAddress().ifPresent(live::waitPatientlyFor)))
                .orElseGet(() -> CompletableFuture.failedFuture(new CompletionException(
                        new LessonNote.Failure(LessonNote.of("note.failed", pane.inputNoteProperty().get())))));
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
