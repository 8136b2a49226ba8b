package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
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
import wsinspector.ui.SeverityLook;

/**
 * The badge on a message takes its heaviest weight's colour: a request without Origin ("ℹ 1 remark" in the
 * inspector's header) is not the red badge of a broken rule, nor is a frame cut by the capture's end (a warning).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SeverityBadgeTest {
    private static final byte[] REQUEST_WITHOUT_ORIGIN = ("GET / HTTP/1.1\r\nHost: mai.ru\r\nConnection: Upgrade\r\n"
            + "Upgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] RESPONSE = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UNMASKED_HELLO = HexFormat.of().parseHex("810548656c6c6f"); // a client must mask
    private static final byte[] CUT_HELLO = HexFormat.of().parseHex("81054865"); // the capture ends inside the frame

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root.getStylesheets().add(SeverityBadgeTest.class.getResource("/wsinspector/ui/window/app.css").toExternalForm());
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    @Test
    void eachWeightsBadgeHasItsOwnColour(FxRobot robot) {
        List<Message> messages = Dissector.dissect(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, REQUEST_WITHOUT_ORIGIN),
                Chunk.of(Direction.SERVER_TO_CLIENT, RESPONSE), Chunk.of(Direction.CLIENT_TO_SERVER, UNMASKED_HELLO),
                Chunk.of(Direction.SERVER_TO_CLIENT, CUT_HELLO))).messages();
        assertEquals(SeverityLook.REMARK, SeverityLook.heaviest(messages.get(0).problems()).orElseThrow(), "no Origin");
        assertEquals(SeverityLook.ERROR, SeverityLook.heaviest(messages.get(2).problems()).orElseThrow(), "unmasked");
        assertEquals(SeverityLook.WARNING, SeverityLook.heaviest(messages.get(3).problems()).orElseThrow(), "cut");
        robot.interact(() -> {
            TimelineView timeline = new TimelineView(new I18n(I18n.RUSSIAN), new SimpleIntegerProperty(13));
            root.getChildren().setAll(timeline);
            timeline.setMessages(FXCollections.observableArrayList(messages));
        });
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        Map<SeverityLook, List<Paint>> byWeight = new EnumMap<>(SeverityLook.class);
        root.lookupAll(".problem-badge").stream().filter(n -> n.isVisible() && n instanceof Label).map(Label.class::cast)
                .forEach(b -> byWeight.computeIfAbsent(Arrays.stream(SeverityLook.values())
                                .filter(l -> b.getStyleClass().contains(l.styleClass())).findFirst().orElseThrow(),
                        k -> new ArrayList<>()).add(b.getBackground().getFills().get(0).getFill()));
        for (SeverityLook look : SeverityLook.values()) {
            assertEquals(1, byWeight.getOrDefault(look, List.of()).size(), look + ": " + byWeight);
        }
        assertNotEquals(byWeight.get(SeverityLook.ERROR), byWeight.get(SeverityLook.REMARK), "a remark is not an error's red");
        assertNotEquals(byWeight.get(SeverityLook.ERROR), byWeight.get(SeverityLook.WARNING), "a warning is not red");
        assertNotEquals(byWeight.get(SeverityLook.WARNING), byWeight.get(SeverityLook.REMARK), "nor alike");
    }
}
