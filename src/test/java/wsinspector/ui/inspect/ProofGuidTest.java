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
                layOutAt(robot, px, width);
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

    /**
     * The third row, the key and the GUID joined, keeps the GUID whole on one line at every width where it fits a line:
     * beside the key, or under it. A text flow broke it inside a group («…95CA-C5A» / «B0DC85B11») in the first view at
     * 1280×800.
     */
    @Test
    void theJoinedRowKeepsTheGuidWholeOnOneLine(FxRobot robot) {
        for (double px : new double[] {14, 17, 24}) {
            // down to the width where the GUID alone still fits a line of the column (under it, it wraps after a dash)
            for (int width = 900; width >= (px < 15 ? 500 : px < 20 ? 620 : 800); width -= 20) {
                layOutAt(robot, px, width);
                String at = "at " + width + " px, " + px + " px type";
                List<javafx.scene.text.Text> whole = new java.util.ArrayList<>();
                collect(root, whole);
                assertEquals(1, whole.size(), at + ": one text of the GUID whole in the joined row");
                javafx.scene.text.Text t = whole.get(0);
                double line = t.getFont().getSize() * 1.6;
                javafx.geometry.Bounds b = t.localToScene(t.getBoundsInLocal());
                assertTrue(b.getHeight() < line, at + ": the GUID takes " + b.getHeight() + " px, more than a line");
                assertTrue(b.getMaxX() <= width + 0.5, at + ": the GUID ends at " + b.getMaxX() + " px, past the proof's right side");
                // and the row under it (SHA-1) starts under the GUID, not over it
                double below = root.lookupAll(".proof-name").stream().filter(n -> ((Label) n).getText().startsWith("SHA-1"))
                        .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY()).min().orElseThrow();
                assertTrue(b.getMaxY() <= below + 0.5, at + ": the GUID's line ends at " + b.getMaxY()
                        + " px, over the SHA-1 row from " + below + " px");
            }
        }
    }

    /** The visible texts that show the whole GUID (the third row's). */
    private static void collect(javafx.scene.Node n, List<javafx.scene.text.Text> into) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.text.Text t && SecWebSocketAccept.GUID.equals(t.getText())) {
            into.add(t);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                collect(c, into);
            }
        }
    }

    private long lines() {
        return root.lookupAll(".proof-guid").stream().filter(Label.class::isInstance)
                .map(n -> Math.round(n.localToScene(0, 0).getY())).distinct().count();
    }

    /** The proof laid out at this width in this type, twice: a wrapped row asks its height after its width. */
    private void layOutAt(FxRobot robot, double px, double width) {
        robot.interact(() -> {
            root.setStyle("-fx-font-size: " + px + "px;");
            root.resize(width, 600);
            root.applyCss();
            root.layout();
            root.layout();
        });
    }
}
