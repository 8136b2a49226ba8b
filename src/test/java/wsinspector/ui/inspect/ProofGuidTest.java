package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.SecWebSocketAccept;
import wsinspector.ui.I18n;

/**
 * The accept computation's "+ GUID" row shows the GUID exactly, nothing drawn after its dashes (a hair space there was
 * a whole cell of the monospaced type: "258EAFA5- E914- 47DA-"), and a narrow proof wraps it after a dash, never
 * inside a group.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ProofGuidTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<Message> messages = Samples.conversation();
        ProofPanel proof = new ProofPanel(new I18n(Locale.forLanguageTag("ru")), (HandshakeMessage) messages.get(0),
                (HandshakeMessage) messages.get(1), (m, f) -> { });
        root = new StackPane(proof.node());
        root.getStylesheets().add(ProofGuidTest.class.getResource("/wsinspector/ui/inspect/inspect.css").toExternalForm());
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    @Test
    void theGuidRowIsTheGuidAtEveryWidthWrappingOnlyAfterADash(FxRobot robot) {
        for (double px : new double[] {14, 24}) {
            for (int width = 900; width >= 260; width -= 40) {
                double w = width;
                robot.interact(() -> {
                    root.setStyle("-fx-font-size: " + px + "px;");
                    root.resize(w, 600);
                    root.applyCss();
                    root.layout();
                    root.layout();
                });
                List<Label> groups = root.lookupAll(".proof-guid").stream().filter(Label.class::isInstance)
                        .map(Label.class::cast).toList();
                String shown = groups.stream().map(Label::getText).collect(Collectors.joining());
                assertEquals(SecWebSocketAccept.GUID, shown, "at " + width + " px, " + px + " px type");
                for (Label group : groups) {
                    // a group narrower than its text would be cut short ("C5AB0DC…"), not wrapped
                    assertTrue(group.getWidth() >= group.prefWidth(-1) - 0.5, group.getText() + " cut at " + width + " px");
                    assertEquals(group.getText(), group.getText().strip());
                }
                if (width == 900 && px == 14) {
                    assertEquals(1, lines(), "where it fits, the GUID is one line");
                }
            }
        }
        assertTrue(lines() > 1, "in large type at 260 px the GUID wraps: " + lines() + " line(s)");
    }

    private long lines() {
        return root.lookupAll(".proof-guid").stream().filter(Label.class::isInstance)
                .map(n -> Math.round(n.localToScene(0, 0).getY())).distinct().count();
    }
}
