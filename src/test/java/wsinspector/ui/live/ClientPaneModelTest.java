package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.net.ClientOptions;
import wsinspector.ui.live.ClientPaneModel.Kind;

/** What the client pane makes of what was typed, without a window or a connection. */
class ClientPaneModelTest {
    private final LiveSession session = new LiveSession(Runnable::run);
    private final ClientPaneModel model = new ClientPaneModel(session);

    @AfterEach
    void close() {
        session.close();
    }

    @ParameterizedTest
    @CsvSource({
        "'', live.client.error.noUrl",
        "http://127.0.0.1:8080/, live.client.error.scheme",
        "ws:///chat, live.client.error.host",
        "ws://a b/, live.client.error.url"})
    void aUrlThatIsNotAWebSocketUrlBecomesANote(String url, String key) {
        model.urlProperty().set(url);
        assertTrue(model.options().isEmpty());
        assertEquals(key, model.inputNoteProperty().get().key());
    }

    @Test
    void theSettingsBecomeClientOptions() {
        model.urlProperty().set(" ws://127.0.0.1:8080/chat ");
        model.subprotocolsProperty().set("chat, superchat");
        model.originProperty().set("https://mai.ru");
        model.permessageDeflateProperty().set(true);
        ClientOptions o = model.options().orElseThrow();
        assertEquals("/chat", o.uri().getPath());
        assertEquals(List.of("chat", "superchat"), o.subprotocols());
        assertEquals("https://mai.ru", o.origin());
        assertTrue(o.permessageDeflate());
        assertNull(o.fixedKey(), "an empty key field means a random key");
        assertTrue(o.autoPong(), "the client answers pings by itself, as a browser does");
    }

    @Test
    void theClientPaneGovernsTheClientsOwnPongs() {
        model.urlProperty().set("ws://127.0.0.1:8080/chat");
        model.answerPingsProperty().set(false);
        assertFalse(model.options().orElseThrow().autoPong(), "the notes' case without the browser's automatic pong");
    }

    @Test
    void theCourseNotesExampleFillsTheKeyAndOrigin() {
        model.courseNotesExample();
        assertEquals("Iv8io/9s+lYFgZWcXczP8Q==", model.keyProperty().get());
        assertEquals("https://mai.ru", model.originProperty().get());
        Note hint = model.keyHintProperty().get();
        assertEquals("live.client.key.accept", hint.key());
        assertEquals(List.of("hsBlbuDTkk24srzEOTBUlZAlC2g="), hint.args());
    }

    @Test
    void aKeyThatIsNotSixteenBytesIsWarnedAbout() {
        model.keyProperty().set("not-a-key");
        assertTrue(model.keyHintProperty().get().error());
    }

    @Test
    void aPingLongerThan125BytesIsRefusedBeforeSending() {
        model.kindProperty().set(Kind.PING);
        model.payloadProperty().set("x".repeat(126));
        model.send();
        assertEquals("live.client.error.controlTooLong", model.inputNoteProperty().get().key());
    }

    @Test
    void badHexForBinaryIsANote() {
        model.kindProperty().set(Kind.BINARY);
        model.payloadProperty().set("zz");
        model.send();
        assertEquals("live.builder.error.hex", model.inputNoteProperty().get().key());
    }

    @Test
    void theUrlFollowsTheServerAcrossARestart() throws Exception {
        session.server().start(wsinspector.net.EchoServerOptions.defaults()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        String first = session.server().urlProperty().get();
        assertEquals(first, model.urlProperty().get());
        model.urlProperty().set(first + "chat");
        session.server().stop().get(5, java.util.concurrent.TimeUnit.SECONDS);
        session.server().start(wsinspector.net.EchoServerOptions.defaults()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(session.server().urlProperty().get() + "chat", model.urlProperty().get());
    }

    @Test
    void aTypedUrlOfAnotherServerIsKept() throws Exception {
        model.urlProperty().set("wss://echo.example.org/");
        session.server().start(wsinspector.net.EchoServerOptions.defaults()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("wss://echo.example.org/", model.urlProperty().get());
    }

    @Test
    void beforeConnectingTheStateSaysNotConnected() {
        assertEquals("live.client.state.idle", model.stateProperty().get().key());
        assertFalse(model.stateProperty().get().error());
    }
}
