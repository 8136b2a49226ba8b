package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.paint.Paint;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * A remark looks like a remark wherever its sentence is shown, in the colour the header gives "ℹ 1 remark", and an
 * error like an error: a request without Origin had "ℹ 1 замечание" in the header but its sentence under the field
 * red and bold like a broken rule.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class RemarkLookTest {
    private InspectorPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new InspectorPane(new I18n(I18n.RUSSIAN));
        stage.setScene(new Scene(pane, 1260, 760));
        stage.show();
    }

    @Test
    void aRemarksSentenceHasTheHeadersRemarkColourNotAnErrorsRed(FxRobot robot) throws Exception {
        List<Message> conversation = Samples.conversationWithoutOrigin();
        Message request = conversation.get(0);
        robot.interact(() -> pane.show(request, conversation));
        Paint header = headerFill();
        List<Label> sentences = new ArrayList<>();
        for (Field f : request.root().flatten()) { // the field the remark is placed at shows its sentence
            robot.interact(() -> pane.selectField(f));
            pane.lookupAll(".detail-problem").stream().filter(n -> n.isVisible() && n instanceof Label)
                    .map(Label.class::cast).filter(l -> !l.getText().isEmpty()).forEach(sentences::add);
        }
        sentences.addAll(labels(tabContent(robot, "handshake"), ".hs-problem-text"));
        assertFalse(sentences.isEmpty(), "the remark's sentence is shown under its field and in the handshake tab");
        for (Label l : sentences) {
            assertEquals(header, l.getTextFill(), l.getText());
            assertNotEquals(FontWeight.BOLD, FontWeight.findByName(l.getFont().getStyle().split(" ")[0]), l.getText());
        }
    }

    @Test
    void anErrorsSentenceStaysTheHeadersErrorRed(FxRobot robot) {
        Message unmasked = Samples.clientFrame(Samples.HELLO); // a client frame without a mask
        robot.interact(() -> pane.show(unmasked, List.of(unmasked)));
        Paint header = headerFill();
        List<Label> sentences = new ArrayList<>();
        for (Field f : unmasked.root().flatten()) {
            robot.interact(() -> pane.selectField(f));
            pane.lookupAll(".detail-problem").stream().filter(n -> n.isVisible() && n instanceof Label)
                    .map(Label.class::cast).filter(l -> !l.getText().isEmpty()).forEach(sentences::add);
        }
        assertFalse(sentences.isEmpty());
        for (Label l : sentences) {
            assertEquals(header, l.getTextFill(), l.getText());
        }
    }


    private Paint headerFill() {
        return ((Label) pane.lookup(".inspector-problem-count")).getTextFill();
    }

    private static List<Label> labels(Node root, String selector) {
        return root.lookupAll(selector).stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
    }

    private Node tabContent(FxRobot robot, String id) throws Exception {
        Tab tab = pane.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id));
        robot.interact(() -> pane.tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> wsinspector.ui.inspect.InspectorPane.viewOf(tab) != null);
        robot.interact(() -> tab.getContent().applyCss());
        return tab.getContent();
    }
}
