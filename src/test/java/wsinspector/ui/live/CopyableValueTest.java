package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.protocol.SecWebSocketAccept;
import wsinspector.ui.I18n;
import wsinspector.ui.NextPulse;

/**
 * The GUID in the live step's accept computation (W6-3): shown «258EAFA5- E914- 47DA-…» with a hair space after each
 * dash, a whole cell of monospace type, which a student copying or typing it took along. Now it wraps after its dashes
 * with nothing added, and a right click copies it as it is.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class CopyableValueTest {
    private CopyableValue guid;

    @Start
    void start(Stage stage) {
        guid = new CopyableValue(new I18n(I18n.RUSSIAN), "+ ", SecWebSocketAccept.GUID, "live-step-bytes");
        guid.setMaxWidth(180);   // narrower than the GUID: it has to wrap (the stage may keep an earlier test's size)
        VBox box = new VBox(guid);
        box.getStyleClass().add("live-pane");
        box.getStylesheets().add(LiveStyles.URL);
        stage.setScene(new Scene(box, 400, 200));
        stage.show();
    }

    @Test
    void theGuidWrapsAfterItsDashesWithNothingAddedAndCopiesAsItIs() throws Exception {
        NextPulse.await(guid.getScene());
        List<String> lines = WaitForAsyncUtils.asyncFx(() -> {
            assertEquals("+ " + SecWebSocketAccept.GUID, guid.shown(), "no character added to what is drawn");
            List<String> byLine = new ArrayList<>();
            double y = Double.NaN;
            for (Node n : guid.getChildren()) {
                Label piece = (Label) n;
                assertTrue(piece.getWidth() + 0.5 >= piece.prefWidth(-1), "«" + piece.getText() + "» is drawn whole");
                if (piece.getLayoutY() != y) {
                    byLine.add("");
                    y = piece.getLayoutY();
                }
                byLine.set(byLine.size() - 1, byLine.get(byLine.size() - 1) + piece.getText());
            }
            return byLine;
        }).get();
        assertTrue(lines.size() > 1, "wrapped at 180 px: " + lines);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertTrue(lines.get(i).endsWith("-"), "a line ends after a dash, not inside a hex group: " + lines);
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("\u200A") || l.matches(".*-\\s.*")), lines.toString());

        assertEquals("Копировать", guid.copyItem().getText(), "a right click offers");
        WaitForAsyncUtils.asyncFx(() -> guid.copyItem().fire()).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().hasString()).get());
        assertEquals("258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(), "the copied text");
    }
}
