package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;
import wsinspector.ui.step.Prose;

/**
 * A step's text in pieces ({@link Prose}, W6-3) is typed and coloured as the wrapping label it replaced, with the same
 * style classes, in the window's own style sheets: with the classes on the paragraph, its words came out 5 % larger
 * (a rule's «1.05em» counted twice) and black instead of the theme's colour.
 */
class ProseTypeTest extends OffScreenWindowTest {
    @Test
    void eachWordLooksAsTheLabelDid() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), 1280, 800);
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            BorderPane client = (BorderPane) window.liveSlots().clientPane();   // inside the live pane's style sheet
            VBox box = new VBox();
            client.setTop(box);
            List<String> found = new ArrayList<>();
            for (String style : List.of("live-step-text", "live-subtitle", "live-step-title", "live-step-detail",
                    "live-problem")) {
                Label label = new Label("Sec-WebSocket-Accept проверяется");
                label.setWrapText(true);
                label.getStyleClass().add(style);
                Prose prose = new Prose("Sec-WebSocket-Accept проверяется", style);
                box.getChildren().setAll(label, prose);
                window.root().applyCss();
                for (javafx.scene.Node n : prose.getChildren()) {
                    Label word = (Label) n;
                    if (!word.getFont().equals(label.getFont()) || !word.getTextFill().equals(label.getTextFill())) {
                        found.add(style + ": «" + word.getText() + "» " + word.getFont() + " " + word.getTextFill()
                                + ", the label " + label.getFont() + " " + label.getTextFill());
                    }
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), wrong);
    }
}
