package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The badge on a message with remarks only (a request without Origin: "ℹ 1 remark" in the inspector's header) is not
 * the red badge of a broken rule; a message with an error keeps the red one.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class RemarkBadgeTest {
    private static final byte[] REQUEST_WITHOUT_ORIGIN = ("GET / HTTP/1.1\r\nHost: mai.ru\r\nConnection: Upgrade\r\n"
            + "Upgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] RESPONSE = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UNMASKED_HELLO = HexFormat.of().parseHex("810548656c6c6f"); // a client must mask

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root.getStylesheets().add(RemarkBadgeTest.class.getResource("/wsinspector/ui/window/app.css").toExternalForm());
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    @Test
    void aRemarkOnlyMessagesBadgeIsNotAnErrorsRed(FxRobot robot) {
        List<Message> messages = Dissector.dissect(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, REQUEST_WITHOUT_ORIGIN),
                Chunk.of(Direction.SERVER_TO_CLIENT, RESPONSE), Chunk.of(Direction.CLIENT_TO_SERVER, UNMASKED_HELLO)))
                .messages();
        assertTrue(messages.get(0).problems().stream().allMatch(p -> p.severity().isRemark()), "the request: remarks only");
        assertTrue(messages.get(2).problems().stream().anyMatch(p -> !p.severity().isRemark()), "the frame: an error");
        robot.interact(() -> {
            TimelineView timeline = new TimelineView(new I18n(I18n.RUSSIAN), new SimpleIntegerProperty(13));
            root.getChildren().setAll(timeline);
            timeline.setMessages(FXCollections.observableArrayList(messages));
        });
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        Map<Boolean, List<Paint>> byRemark = root.lookupAll(".problem-badge").stream()
                .filter(n -> n.isVisible() && n instanceof Label).map(Label.class::cast)
                .collect(Collectors.partitioningBy(b -> b.getPseudoClassStates().contains(PseudoClass.getPseudoClass("remark")),
                        Collectors.mapping(b -> b.getBackground().getFills().get(0).getFill(), Collectors.toList())));
        assertEquals(1, byRemark.get(true).size(), "one remark badge: " + byRemark);
        assertEquals(1, byRemark.get(false).size(), "one error badge: " + byRemark);
        assertNotEquals(byRemark.get(false).get(0), byRemark.get(true).get(0), "the remark's badge is not the error's red");
    }
}
