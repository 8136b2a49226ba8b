package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/** Renders the inspector's main views to target/inspect-shots/ so that a person can judge them. */
@ExtendWith(ApplicationExtension.class)
class InspectorScreenshotTest {
    /** The headless screen is 1280 × 800: a window as large as a projector's usual resolution. */
    static final double WIDTH = 1270;
    static final double HEIGHT = 790;

    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @Test
    void rendersFrameHandshakeLegacyAndRussian(FxRobot robot) {
        List<Message> conversation = Samples.conversation();
        Message response = conversation.get(1);
        Message hello = conversation.get(2);
        List<Path> written = List.of(
                shot(robot, I18n.ENGLISH, hello, conversation, "masking", "frame-en"),
                shot(robot, I18n.ENGLISH, hello, conversation, "bits", "frame-bits-en"),
                shot(robot, I18n.ENGLISH, response, conversation, "handshake", "handshake-en"),
                shot(robot, I18n.ENGLISH, hello, conversation, "legacy", "legacy-en"),
                shot(robot, I18n.RUSSIAN, hello, conversation, "masking", "frame-ru"),
                shot(robot, I18n.RUSSIAN, response, conversation, "handshake", "handshake-ru"));
        List<Message> hixie = Samples.hixieConversation();
        List<Message> deflate = Samples.deflateConversation();
        Message broken = Samples.serverFrame(Samples.hex("a3 85 37 fa 21 3d 7f 9f 4d 51 58")); // RSV2, opcode 3, masked
        written = new java.util.ArrayList<>(written);
        written.add(shot(robot, I18n.ENGLISH, hixie.get(1), hixie, "handshake", "hixie76-en"));
        written.add(shot(robot, I18n.ENGLISH, deflate.get(2), deflate, "payload", "deflate-en"));
        written.add(shot(robot, I18n.ENGLISH, broken, List.of(broken), "problems", "problems-en"));
        written.add(shot(robot, I18n.RUSSIAN, hixie.get(2), hixie, "legacy", "legacy-ru"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        written.add(shot(robot, I18n.ENGLISH, hello, conversation, "bits", "frame-dark-en"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : written) {
            assertTrue(Files.exists(p), p.toString());
        }
    }

    private Path shot(FxRobot robot, Locale locale, Message m, List<Message> conversation, String tab, String name) {
        robot.interact(() -> {
            InspectorPane pane = new InspectorPane(new I18n(locale));
            stage.setScene(new Scene(pane, WIDTH, HEIGHT));
            stage.show();
            pane.show(m, conversation);
            pane.tabs().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                    .ifPresent(t -> pane.tabs().getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path[] out = new Path[1];
        robot.interact(() -> {
            try {
                out[0] = InspectorShots.write(stage.getScene(), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out[0];
    }
}
