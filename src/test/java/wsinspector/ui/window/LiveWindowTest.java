package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.I18n;
import wsinspector.ui.timeline.ArrowLabels;

/**
 * The whole window on loopback: the server pane starts the echo server, the client pane connects
 * with the course notes' key and sends "Hello", and the timeline shows the conversation the wire
 * tap recorded; selecting the echo hands it to the inspector.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class LiveWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void stopLiveSession() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Test
    void aLiveEchoAppearsInTheTimeline(FxRobot robot) throws Exception {
        talkToTheEchoServer(window);

        List<Message> messages = window.session().current().messages();
        assertEquals(Message.Kind.HANDSHAKE_REQUEST, messages.get(0).kind());
        assertEquals(Message.Kind.HANDSHAKE_RESPONSE, messages.get(1).kind());
        I18n en = window.i18n();
        assertEquals("GET /chat", ArrowLabels.label(messages.get(0), en));
        assertEquals("101 Switching Protocols", ArrowLabels.label(messages.get(1), en));
        assertEquals("Text \"Hello\" (masked)", ArrowLabels.label(messages.get(2), en));
        assertEquals("Text \"Hello\"", ArrowLabels.label(messages.get(3), en));
        assertTrue(messages.stream().allMatch(m -> m.problems().isEmpty()), "a clean conversation");

        assertEquals(messages.size() + " messages",
                robot.lookup(".message-count").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> window.session().select(messages.get(3)));
        assertEquals(messages.get(3), window.inspector().messageProperty().get());
    }

    /** Starts the echo server, connects with the notes' key, sends "Hello" and waits for the echo. */
    static void talkToTheEchoServer(MainWindow window) throws Exception {
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        ClientPaneModel client = window.liveSlots().clientPane().model();
        WaitForAsyncUtils.asyncFx(() -> {
            client.courseNotesExample();
            client.connect();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> live.client().stateProperty().get() == LiveClient.ClientState.OPEN);
        WaitForAsyncUtils.asyncFx(() -> {
            client.kindProperty().set(ClientPaneModel.Kind.TEXT);
            client.payloadProperty().set("Hello");
            client.send();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.session().current() != null && window.session().current().messages().size() >= 4);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
