package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import wsinspector.capture.CaptureReader;
import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * W7-11: the explanation's headline of a TCP event showed the listing's code «fin» (and «syn», «syn-ack») as its value,
 * before «FIN: этой стороне больше нечего отправить»: it names the flags as TCP spells them, in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class EventHeadlineTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: the explanation is made and read without a window
    }

    @Test
    void aTcpEventsHeadlineNamesItsFlags(FxRobot robot) throws Exception {
        List<Message> events = CaptureReader.read(Path.of("samples/protocol-error.pcapng"),
                CaptureReader.Options.defaults()).firstWebSocket().dissect().messages().stream()
                .filter(m -> m instanceof ConnectionEventMessage).toList();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            List<String> values = new ArrayList<>();
            robot.interact(() -> {
                DetailView detail = new DetailView(new I18n(language));
                for (Message event : events) {
                    detail.show(event, event.root(), ProblemPlaces.of(event));
                    values.add(((Label) ((ScrollPane) detail.node()).getContent().lookup(".detail-value")).getText());
                }
            });
            assertEquals(List.of("SYN", "SYN-ACK", "FIN"), values.stream().distinct().toList(), language.toString());
        }
    }
}
