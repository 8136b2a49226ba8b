package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * W8-4: the inspector's first view brings the tab headers some FX tasks before the view in front of them (each step's
 * styling and layout kept short); on a loaded machine those tasks took seconds, and «Рукопожатие» stood over a blank
 * area meanwhile. Whenever the tabs are on screen, the tab in front shows its view or says that it is being prepared.
 */
@ExtendWith(ApplicationExtension.class)
class TabNeverBlankTest {
    private InspectorPane pane;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(I18n.RUSSIAN);
        pane = new InspectorPane(i18n);
        stage.setScene(new Scene(pane, 1260, 760));
        stage.show();
    }

    @Test
    void theHandshakeTabSaysItIsBeingPreparedUntilItsViewComes(FxRobot robot) throws Exception {
        List<String> blank = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Runnable look = () -> {
            if (pane.tabs().getScene() == null || pane.model().message() == null) {
                return;   // not on screen: the part's room says that it is being prepared
            }
            Tab front = pane.tabs().getSelectionModel().getSelectedItem();
            Node content = front == null ? null : front.getContent();
            if (content == null) {
                blank.add(front == null ? "no tab in front" : front.getId() + " shows nothing");
            } else if (InspectorPane.viewOf(front) == null) {
                said.add(((Label) content).getText());
            }
        };
        List<Message> handshake = ClassWarmUp.sample();
        robot.interact(() -> {
            // the moment the tabs are put on screen, and every pulse after
            pane.tabs().sceneProperty().addListener((obs, was, now) -> look.run());
            pane.getScene().addPostLayoutPulseListener(look);
            pane.show(handshake.get(0), handshake);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Tab front = pane.tabs().getSelectionModel().getSelectedItem();
            return front != null && InspectorPane.viewOf(front) != null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), blank, "the tab in front stood blank where its view comes");
        assertTrue(!said.isEmpty() && said.stream().allMatch("Подготовка…"::equals), said.toString());
        Tab front = pane.tabs().getSelectionModel().getSelectedItem();
        assertEquals("handshake", front.getId());
        assertNotNull(front.getContent().lookup(".hs-view"), "the handshake view came in the end");
    }
}
