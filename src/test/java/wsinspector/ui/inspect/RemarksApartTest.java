package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * Errors and remarks are shown apart: a request without Origin (a JDK or Node client, "not a browser") was listed
 * under the "Нарушения" tab although nothing in it is broken. The violations' tab holds errors and warnings and
 * says how many; a remark gets a "Замечания" / "Remarks" tab of its own, in the remark's colour.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class RemarksApartTest {
    private final I18n i18n = new I18n(I18n.RUSSIAN);
    private InspectorPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new InspectorPane(i18n);
        stage.setScene(new Scene(pane, 1280, 760));
        stage.show();
    }

    @Test
    void aRemarkIsUnderItsOwnTabNotUnderTheViolations(FxRobot robot) throws Exception {
        List<Message> conversation = Samples.conversationWithoutOrigin();
        robot.interact(() -> pane.show(conversation.get(0), conversation));
        assertEquals(List.of("Рукопожатие", "Нарушения", "Замечания (1)"), titles());
        Node violations = tabContent(robot, "problems");
        assertEquals(List.of(), labels(violations, ".problem-rule"), "no remark among the violations");
        assertTrue(labels(violations, ".problems-none").get(0).getText().startsWith("✔ Нарушений нет"));
        List<Label> remarks = labels(tabContent(robot, "remarks"), ".problem-rule");
        assertEquals(1, remarks.size());
        Label remark = remarks.get(0);
        assertTrue(remark.getText().startsWith("ℹ Замечание. "), remark.getText());
        assertTrue(remark.getStyleClass().contains("severity-remark"));
        assertEquals(((Label) pane.lookup(".inspector-problem-count")).getTextFill(), remark.getTextFill(),
                "the remark in the header's remark colour");

        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
        assertEquals(List.of("Handshake", "Violations", "Remarks (1)"), titles());
    }

    @Test
    void aBrokenRuleIsCountedUnderTheViolationsAndNoRemarksTabIsMade(FxRobot robot) throws Exception {
        Message unmasked = Samples.clientFrame(Samples.HELLO); // a client frame without a mask
        robot.interact(() -> pane.show(unmasked, List.of(unmasked)));
        assertTrue(titles().contains("Нарушения (1)"), titles().toString());
        assertTrue(titles().stream().noneMatch(t -> t.startsWith("Замечания")), titles().toString());
        List<Label> listed = labels(tabContent(robot, "problems"), ".problem-rule");
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).getStyleClass().contains("severity-error"));
    }

    private List<String> titles() {
        return pane.tabs().getTabs().stream().map(Tab::getText).toList();
    }

    private static List<Label> labels(Node root, String selector) {
        return root.lookupAll(selector).stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
    }

    private Node tabContent(FxRobot robot, String id) throws Exception {
        Tab tab = pane.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id + " in " + titles()));
        robot.interact(() -> pane.tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wsinspector.ui.inspect.InspectorPane.viewOf(tab) != null);
        robot.interact(() -> tab.getContent().applyCss());
        return tab.getContent();
    }
}
