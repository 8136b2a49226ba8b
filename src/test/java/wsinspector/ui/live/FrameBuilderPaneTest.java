package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import wsinspector.ui.I18n;

/** The frame builder as a person uses it, without a network: the preview follows every change. */
@ExtendWith(ApplicationExtension.class)
class FrameBuilderPaneTest {
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final SimpleBooleanProperty open = new SimpleBooleanProperty(false);
    private FrameBuilderPane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.apply();
        pane = new FrameBuilderPane(i18n, new FrameBuilderModel(b -> CompletableFuture.completedFuture(null), open, Runnable::run));
        scene = new Scene(pane, 900, 790);
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared by all test classes
        stage.show();
    }

    private String hexShown(FxRobot robot) {
        TextFlow flow = robot.lookup("#builder-hex-preview").queryAs(TextFlow.class);
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    @Test
    void clearingMaskShowsTheUnmaskedBytesAndTheMaskingRule(FxRobot robot) {
        assertEquals("81 85 37 fa 21 3d 7f 9f 4d 51 58", hexShown(robot)); // RFC 6455 §5.7 masked Hello
        robot.clickOn("#builder-mask");
        assertEquals("81 05 48 65 6c 6c 6f", hexShown(robot));
        VBox problems = robot.lookup("#builder-problems").queryAs(VBox.class);
        String first = ((Label) problems.getChildren().get(0)).getText();
        assertTrue(first.contains("RFC 6455 §5.1"), first);
    }

    @Test
    void sendIsDisabledUntilTheClientIsOpen(FxRobot robot) {
        Button send = robot.lookup("#builder-send").queryButton();
        assertTrue(send.isDisabled());
        robot.interact(() -> open.set(true));
        assertFalse(send.isDisabled());
    }

    @Test
    void rendersInBothLanguages(FxRobot robot) {
        robot.interact(() -> pane.model().maskedProperty().set(false));
        robot.interact(() -> Shots.saveContent(pane, "frame-builder-en"));
        robot.interact(() -> i18n.toggle());
        WaitForAsyncUtils.waitForFxEvents();
        Button send = robot.lookup("#builder-send").queryButton();
        assertEquals("Отправить серверу как есть", send.getText());
        robot.interact(() -> Shots.saveContent(pane, "frame-builder-ru"));
    }

    @Test
    void readableInTheDarkThemeAndInANarrowPane(FxRobot robot) {
        robot.interact(() -> {
            pane.model().maskedProperty().set(false);
            Theme.inDark(() -> Shots.saveContent(pane, "frame-builder-dark"));
            scene.getWindow().setWidth(460);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Shots.saveContent(pane, "frame-builder-narrow"));
        assertTrue(robot.lookup("#builder-send").queryButton().getWidth() > 100, "the send button keeps its text");
    }
}
