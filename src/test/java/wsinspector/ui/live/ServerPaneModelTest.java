package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import wsinspector.net.EchoServerOptions;

class ServerPaneModelTest {
    private final LiveSession session = new LiveSession(Runnable::run);
    private final ServerPaneModel model = new ServerPaneModel(session);

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theSettingsBecomeEchoServerOptions() {
        model.portProperty().set(8080);
        model.subprotocolsProperty().set("chat superchat");
        model.allowedOriginsProperty().set("https://mai.ru");
        model.delayMillisProperty().set(500);
        model.answerPingsProperty().set(false);
        model.maxMessageBytesProperty().set(125L);
        model.permessageDeflateProperty().set(false);
        EchoServerOptions o = model.options();
        assertEquals(8080, o.port());
        assertEquals(List.of("chat", "superchat"), o.subprotocols());
        assertEquals(List.of("https://mai.ru"), o.allowedOrigins());
        assertEquals(500, o.delayMillis());
        assertFalse(o.answerPings());
        assertEquals(125, o.maxMessageBytes());
        assertFalse(o.permessageDeflate());
        assertEquals("127.0.0.1", o.host(), "only this machine can connect");
    }

    @Test
    void portZeroLetsTheSystemChoose() {
        assertEquals(0, model.options().port());
        assertEquals("live.server.state.stopped", model.stateProperty().get().key());
    }

    @Test
    void connectionsReadAsOneLine() {
        ServerConnectionRow row = new ServerConnectionRow(2, "127.0.0.1:39308", "RFC6455", "/chat",
                ServerConnectionRow.Status.OPEN, -1, null);
        assertEquals("#2  127.0.0.1:39308 · RFC6455 · /chat", ServerPane.whoText(row));
        // the Russian list numbers its connections «№2», as the timeline («Сервер №2») and serve's log do
        assertEquals("№2  127.0.0.1:39308 · RFC 6455 · /chat",
                ServerPane.whoText(new wsinspector.ui.I18n(wsinspector.ui.I18n.RUSSIAN), row));
        // the protocol as a person writes it (the client pane's «RFC 6455», «hixie-76»), never the enum's name
        assertEquals("#2  127.0.0.1:39308 · RFC 6455 · /chat",
                ServerPane.whoText(new wsinspector.ui.I18n(java.util.Locale.ENGLISH), row));
        ServerConnectionRow hixie = new ServerConnectionRow(3, "127.0.0.1:39309", "HIXIE76", "/chat",
                ServerConnectionRow.Status.OPEN, -1, null);
        assertEquals("№3  127.0.0.1:39309 · hixie-76 · /chat",
                ServerPane.whoText(new wsinspector.ui.I18n(wsinspector.ui.I18n.RUSSIAN), hixie));
        assertEquals("16 MiB", ServerPane.size(16L << 20));
        assertEquals("125 B", ServerPane.size(125));
    }

    @Test
    void theLimitsBecomeTheServersLimits() {
        ServerLimitsModel limits = model.limits();
        limits.handshakeSecondsProperty().set(3);
        limits.idleSecondsProperty().set(0);
        limits.maxHeadBytesProperty().set(2048);
        limits.maxPendingProperty().set(50);
        limits.maxConnectionsProperty().set(40);
        limits.maxFragmentsProperty().set(7);
        limits.maxInflatedKiBProperty().set(64);
        limits.maxQueuedKiBProperty().set(128);
        limits.stalledSecondsProperty().set(5);
        wsinspector.net.EchoServerOptions o = model.options();
        assertEquals(java.time.Duration.ofSeconds(3), o.handshakeTimeout());
        assertEquals(java.time.Duration.ZERO, o.idleTimeout());
        assertEquals(new wsinspector.net.ServerLimits(2048, 50, 40, 7, 64 * 1024, 128 * 1024,
                java.time.Duration.ofSeconds(5)), o.limits());
    }
}
