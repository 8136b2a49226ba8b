package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import wsinspector.net.Source;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveClient.ClientState;
import wsinspector.ui.live.LiveServer.ServerState;

/** The client, server and frame builder panes against each other on loopback, as a lecturer uses them. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LivePanesTest {
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final Recorder recorder = new Recorder();
    private LiveSession session;
    private ClientPane client;
    private ServerPane server;
    private FrameBuilderPane builder;
    private Scene scene;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        Theme.apply();
        session = new LiveSession();
        session.addTapListener(recorder);
        client = new ClientPane(i18n, session);
        server = new ServerPane(i18n, session);
        builder = new FrameBuilderPane(i18n, session);
        // as in the main window: client on the left, the timeline between, server on the right
        Label timeline = new Label("timeline");
        timeline.setMinWidth(340);
        HBox live = new HBox(client, timeline, server);
        HBox.setHgrow(client, Priority.ALWAYS);
        HBox.setHgrow(server, Priority.ALWAYS);
        client.setPrefWidth(470);
        server.setPrefWidth(470);
        tabs = new TabPane(new Tab("live", live), new Tab("builder", builder));
        scene = new Scene(tabs, 1280, 800);
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared by all test classes
        stage.show();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    /** Fires a button as a click would, also when it is scrolled out of view. */
    private static void press(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryButton();
        assertTrue(!b.isDisabled(), id + " is disabled");
        robot.interact(b::fire);
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private void startServerAndConnect(FxRobot robot) throws TimeoutException {
        press(robot, "#server-start");
        await(() -> session.server().stateProperty().get() == ServerState.RUNNING);
        await(() -> !client.model().urlProperty().get().isEmpty());
        press(robot, "#client-connect");
        await(() -> session.client().stateProperty().get() == ClientState.OPEN);
    }

    @Test
    void helloIsEchoedAndTheConnectionIsRecordedOnce(FxRobot robot) throws Exception {
        startServerAndConnect(robot);
        assertTrue(client.model().urlProperty().get().startsWith(session.server().urlProperty().get()));
        press(robot, "#client-send"); // the composer starts with the text "Hello"
        await(() -> recorder.s2cHex().contains("810548656c6c6f")); // the server's echo: Text "Hello", unmasked
        await(() -> session.client().log().size() >= 2);
        assertEquals(List.of(Source.SERVER), recorder.sources(), "our client's connection to our server, once");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Shots.saveContent(client, "client-en");
            Shots.saveContent(server, "server-en");
            Shots.save(scene, "live-window-en");
        });
    }

    @Test
    void courseNotesButtonSendsTheNotesKeyAndOrigin(FxRobot robot) throws Exception {
        press(robot, "#server-start");
        await(() -> session.server().stateProperty().get() == ServerState.RUNNING);
        press(robot, "#client-course-notes");
        press(robot, "#client-connect");
        await(() -> session.client().stateProperty().get() == ClientState.OPEN);
        await(() -> recorder.s2cText().contains("\r\n\r\n"));
        String request = recorder.c2sText();
        assertTrue(request.startsWith("GET /chat HTTP/1.1\r\n"), request);
        assertTrue(request.contains("Sec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"), request);
        assertTrue(request.contains("Origin: https://mai.ru\r\n"), request);
        assertTrue(recorder.s2cText().contains("Sec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n"));
    }

    @Test
    void anUnmaskedFrameFromTheBuilderMakesTheServerCloseWith1002(FxRobot robot) throws Exception {
        startServerAndConnect(robot);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#builder-mask").queryAs(javafx.scene.control.CheckBox.class).fire());
        press(robot, "#builder-send");
        // the server's close frame: 88, length, then 03 ea = 1002 (protocol error)
        await(() -> recorder.s2cHex().matches(".*88[0-7][0-9a-f]03ea.*"));
        await(() -> session.client().stateProperty().get() == ClientState.CLOSED);
        assertEquals(1002, session.client().closeCodeProperty().get());
        assertTrue(recorder.c2sHex().contains("810548656c6c6f"), "the unmasked Hello went out unchanged");
        Label state = robot.lookup("#client-state").queryAs(Label.class);
        assertTrue(state.getText().contains("1002"), state.getText());
    }

    @Test
    void theServersPingIsAnsweredByTheClientByItself(FxRobot robot) throws Exception {
        startServerAndConnect(robot);
        press(robot, "#server-ping");
        await(() -> recorder.s2cHex().contains("890470696e67")); // Ping "ping", from the server: unmasked
        await(() -> recorder.c2sHex().matches(".*8a84.*")); // the client's pong: FIN + opcode A, masked, 4 bytes
        await(() -> session.client().log().stream().anyMatch(n -> n.key().equals("live.client.rx.ping")));
    }

    @Test
    void untickedInTheClientPaneTheServersPingGoesUnanswered(FxRobot robot) throws Exception {
        startServerAndConnect(robot);
        robot.interact(() -> robot.lookup("#client-answer-pings").queryAs(javafx.scene.control.CheckBox.class).fire());
        press(robot, "#server-ping");
        await(() -> session.client().log().stream().anyMatch(n -> n.key().equals("live.client.rx.ping.unanswered")));
        press(robot, "#client-send"); // a pong would have gone out before the ping was logged
        await(() -> recorder.s2cHex().contains("810548656c6c6f")); // the echo of Hello
        assertFalse(recorder.c2sHex().matches(".*8a84.*"), "no pong from the client");
    }

    @Test
    void inHixie76ModeTextTravelsBetweenZeroAndFf(FxRobot robot) throws Exception {
        press(robot, "#server-start");
        await(() -> session.server().stateProperty().get() == ServerState.RUNNING);
        robot.interact(() -> robot.lookup("#client-mode-HIXIE76").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertTrue(robot.lookup("#client-kind-PING").queryAs(javafx.scene.control.ToggleButton.class).isDisabled(),
                "hixie-76 has no ping");
        press(robot, "#client-connect");
        await(() -> session.client().stateProperty().get() == ClientState.OPEN);
        press(robot, "#client-send");
        await(() -> recorder.s2cHex().contains("0048656c6c6fff")); // the notes' framing: 00, "Hello", ff
        assertTrue(recorder.c2sText().contains("Sec-WebSocket-Key1: "), "the hixie-76 handshake");
    }

    @Test
    void aBadUrlIsExplainedInThePane(FxRobot robot) {
        robot.interact(() -> client.model().urlProperty().set("http//127.0.0.1:1/"));
        robot.clickOn("#client-connect");
        Label error = robot.lookup("#client-input-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("ws://"), error.getText());
        assertEquals(ClientState.IDLE, session.client().stateProperty().get());
    }

    @Test
    void aRefusedConnectionIsExplainedInThePane(FxRobot robot) throws Exception {
        robot.interact(() -> client.model().urlProperty().set("ws://127.0.0.1:1/"));
        press(robot, "#client-connect");
        await(() -> session.client().stateProperty().get() == ClientState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#client-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Connection refused"), error.getText());
    }

    @Test
    void theLanguageSwitchRelabelsThePanes(FxRobot robot) throws Exception {
        press(robot, "#server-start");
        await(() -> session.server().stateProperty().get() == ServerState.RUNNING);
        robot.interact(i18n::toggle);
        assertEquals("Подключиться", robot.lookup("#client-connect").queryButton().getText());
        assertEquals("Отправить пинг клиенту", robot.lookup("#server-ping").queryButton().getText());
        assertEquals("Отправить серверу как есть", robot.lookup("#builder-send").queryButton().getText());
        assertTrue(robot.lookup("#server-state").queryAs(Label.class).getText().startsWith("Слушает ws://127.0.0.1:"));
        TextField url = robot.lookup("#client-url").queryAs(TextField.class);
        assertTrue(url.getPromptText().contains("ПОРТ") || !url.getText().isEmpty());
        robot.interact(() -> {
            Shots.saveContent(client, "client-ru");
            Shots.saveContent(server, "server-ru");
        });
    }
}
