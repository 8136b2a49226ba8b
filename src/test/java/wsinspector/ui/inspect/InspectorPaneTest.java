package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    private InspectorPane pane;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(I18n.ENGLISH);
        pane = new InspectorPane(i18n);
        stage.setScene(new Scene(pane, 1260, 760));
        stage.show();
    }

    private Message showMaskedHello(FxRobot robot) {
        Message hello = Samples.clientFrame(Samples.MASKED_HELLO); // RFC 6455 §5.7 masked "Hello"
        robot.interact(() -> pane.show(hello, List.of(hello)));
        return hello;
    }

    @Test
    void selectingTheMaskingKeyLightsUpItsFourBytes(FxRobot robot) {
        Message hello = showMaskedHello(robot);
        Field key = hello.root().find("frame.maskingKey").orElseThrow();
        robot.interact(() -> pane.selectField(key));
        HexView hex = pane.hexView();
        for (int i = 0; i < 11; i++) {
            boolean selected = hex.area().getStyleOfChar(hex.layout().hexStart(i)).contains(HexStyler.SELECTED);
            assertEquals(i >= 2 && i < 6, selected, "byte " + i);
        }
        assertEquals(key, pane.fieldTree().tree().getSelectionModel().getSelectedItem().getValue());
    }

    @Test
    void clickingAPayloadByteSelectsTheMaskedPayload(FxRobot robot) throws Exception {
        showMaskedHello(robot);
        HexView hex = pane.hexView();
        int at = hex.layout().hexStart(7);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> hex.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow()).get();
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("frame.payload.masked", pane.selectedFieldProperty().get().key());
        assertEquals("frame.payload.masked", pane.fieldTree().tree().getSelectionModel().getSelectedItem().getValue().key());
        assertTrue(hex.area().getStyleOfChar(hex.layout().asciiStart(10)).contains(HexStyler.SELECTED));
    }
}
