package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.protocol.Opcode;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;
import wsinspector.ui.session.Session;
import wsinspector.ui.session.SessionFeed;

/** The server pane's proxy and its opening to the class, as a lecturer uses them, with the timeline's model. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClassroomPanesTest {
    private final I18n i18n = new I18n(I18n.RUSSIAN);
    private final Session timeline = new Session();
    private final FxBatcher batcher = new FxBatcher();
    private LiveSession session;
    private ServerPane server;
    private EchoServer realServer;

    @Start
    void start(Stage stage) {
        Theme.apply();
        session = new LiveSession();
        session.addTapListener(new SessionFeed(timeline, batcher, true));
        server = new ServerPane(i18n, session);
        stage.setScene(new Scene(server, 520, 800));
        stage.sizeToScene(); // the primary stage is shared by all test classes
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        batcher.close();
        if (realServer != null) {
            realServer.close();
        }
    }

    @Test
    void aConversationThroughTheWindowsProxyAppearsInTheTimelineLive(FxRobot robot) throws Exception {
        realServer = new EchoServer(EchoServerOptions.defaults(), null);
        int realPort = realServer.start().getPort();
        robot.interact(() -> robot.lookup("#proxy-section").queryAs(TitledPane.class).setExpanded(true));

        robot.interact(() -> robot.lookup("#proxy-target").queryTextInputControl().setText("http://nowhere/"));
        press(robot, "#proxy-start");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#proxy-error").queryAs(Label.class).isVisible());
        assertEquals("Это не адрес ws:// или wss://: http://nowhere/", robot.lookup("#proxy-error").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#proxy-target").queryTextInputControl().setText("ws://127.0.0.1:" + realPort + "/"));
        press(robot, "#proxy-start");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.proxy().stateProperty().get().running());
        int proxyPort = session.proxy().stateProperty().get().listening().getPort();
        assertTrue(robot.lookup("#proxy-state").queryAs(Label.class).getText()
                .startsWith("Направьте страницу или клиента на ws://127.0.0.1:" + proxyPort + "/"));

        CompletableFuture<String> echo = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + proxyPort + "/real"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        echo.complete(data.toString());
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        ws.sendText("through the window's proxy", true).get(10, TimeUnit.SECONDS);
        assertEquals("through the window's proxy", echo.get(10, TimeUnit.SECONDS));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !timeline.conversations().isEmpty()
                && timeline.conversations().get(0).messages().size() >= 4);
        Conversation c = timeline.conversations().get(0);
        assertTrue(c.label(i18n).startsWith("Прокси №"), c.label(i18n));
        List<Message> messages = List.copyOf(c.messages());
        assertTrue(messages.stream().anyMatch(m -> m instanceof FrameMessage f && f.frame().header().opcode() == Opcode.TEXT.code()
                && new String(f.completed().payload(), StandardCharsets.UTF_8).equals("through the window's proxy")), messages::toString);

        ws.abort();
        press(robot, "#proxy-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !session.proxy().stateProperty().get().running());
    }

    @Test
    void openingToTheClassWarnsThenNamesTheAddressStudentsType(FxRobot robot) throws Exception {
        Label warning = robot.lookup("#server-open-warning").queryAs(Label.class);
        assertFalse(warning.isVisible(), "no warning before the opt-in");
        robot.interact(() -> robot.lookup("#server-open-to-class").queryAs(CheckBox.class).fire());
        assertTrue(warning.isVisible());
        assertEquals("0.0.0.0", server.model().options().host());
        robot.interact(() -> server.model().maxPerAddressProperty().set(3));

        press(robot, "#server-start");
        Label page = robot.lookup("#server-student-page").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, page::isVisible);
        String text = page.getText();
        assertTrue(text.matches("Студенты набирают в браузере: http://\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+/.*")
                || text.startsWith("Сетевой адрес, кроме адреса этой машины, не найден"), text);
        press(robot, "#server-stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !page.isVisible());

        robot.interact(() -> robot.lookup("#server-open-to-class").queryAs(CheckBox.class).fire());
        press(robot, "#server-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, page::isVisible);
        assertTrue(page.getText().matches("Страница студента на этой машине: http://127\\.0\\.0\\.1:\\d+/"), page.getText());
        press(robot, "#server-stop");
    }

    private static void press(FxRobot robot, String id) throws Exception {
        Button b = robot.lookup(id).queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !b.isDisabled());
        robot.interact(b::fire);
    }
}
