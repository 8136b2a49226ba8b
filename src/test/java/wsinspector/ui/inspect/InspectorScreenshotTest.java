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
    private String zoom;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    private final List<Message> conversation = Samples.conversation(); // request, response, masked Hello, Hello

    @Test
    void frameByteByByte(FxRobot robot) {
        Message hello = conversation.get(2);
        assertWritten(shot(robot, I18n.ENGLISH, hello, conversation, "masking", "frame-en"),
                shot(robot, I18n.ENGLISH, hello, conversation, "bits", "frame-bits-en"));
    }

    @Test
    void handshakeWithTheAcceptKeySteps(FxRobot robot) {
        Message response = conversation.get(1);
        assertWritten(shot(robot, I18n.ENGLISH, response, conversation, "handshake", "handshake-en"),
                shot(robot, I18n.RUSSIAN, response, conversation, "handshake", "handshake-ru"));
    }

    @Test
    void legacyComparison(FxRobot robot) {
        List<Message> hixie = Samples.hixieConversation();
        assertWritten(shot(robot, I18n.ENGLISH, conversation.get(2), conversation, "legacy", "legacy-en"),
                shot(robot, I18n.RUSSIAN, hixie.get(2), hixie, "legacy", "legacy-ru"));
    }

    @Test
    void russianFrameAndHixie76Handshake(FxRobot robot) {
        List<Message> hixie = Samples.hixieConversation();
        assertWritten(shot(robot, I18n.RUSSIAN, conversation.get(2), conversation, "masking", "frame-ru"),
                shot(robot, I18n.ENGLISH, hixie.get(1), hixie, "handshake", "hixie76-en"));
    }

    @Test
    void compressedPayloadAndBrokenRules(FxRobot robot) {
        List<Message> deflate = Samples.deflateConversation();
        Message broken = Samples.serverFrame(Samples.hex("a3 85 37 fa 21 3d 7f 9f 4d 51 58")); // RSV2, opcode 3, masked
        assertWritten(shot(robot, I18n.ENGLISH, deflate.get(2), deflate, "payload", "deflate-en"),
                shot(robot, I18n.ENGLISH, broken, List.of(broken), "problems", "problems-en"));
    }

    @Test
    void undecodedBytesAndZoom(FxRobot robot) {
        Message undecoded = Samples.clientFrame(Samples.ascii("GET /chat HTTP/1.1\r\nHost: mai")); // the head never ends
        Path first = shot(robot, I18n.ENGLISH, undecoded, List.of(undecoded), "reason", "undecoded-en");
        zoom = "-fx-font-size: 1.35em;"; // what the window's Ctrl + does to the root font size
        assertWritten(first, shot(robot, I18n.ENGLISH, conversation.get(2), conversation, "masking", "frame-zoomed-en"));
    }

    @Test
    void darkTheme(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        assertWritten(shot(robot, I18n.ENGLISH, conversation.get(2), conversation, "bits", "frame-dark-en"));
    }

    private static void assertWritten(Path... files) {
        for (Path p : files) {
            assertTrue(Files.exists(p), p.toString());
        }
    }

    private Path shot(FxRobot robot, Locale locale, Message m, List<Message> conversation, String tab, String name) {
        robot.interact(() -> {
            InspectorPane pane = new InspectorPane(new I18n(locale));
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(pane);
            if (zoom != null) {
                root.setStyle(zoom);
            }
            stage.setScene(new Scene(root, WIDTH, HEIGHT));
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
