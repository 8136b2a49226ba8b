package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * The conversation selector at 1280×800, in Russian and English, showing a capture's stream with a long name (a long
 * file name, a stream between two IPv6 addresses): the name shows whole, on lines broken at its spaces, inside the
 * selector and the window; it was cut at its end with «…», the addresses gone.
 */
@Timeout(60)
class SelectorNameWholeTest extends OffScreenWindowTest {
    private static final String FILE = "lecture-07-websocket-handshake-and-masking-recorded-in-room-214-second-group.pcapng";

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void aLongConversationNameWrapsWholeAtItsSpaces(String language) throws Exception {
        Locale locale = "ru".equals(language) ? I18n.RUSSIAN : I18n.ENGLISH;
        offScreen(() -> new MainWindow(new I18n(locale), new Session()), 1280, 800);
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        settle(1280, 800);
        Conversation stream = Conversation.ofFile(FILE + ", 12", OptionalLong.empty(), false, "load.stream", FILE, 12,
                "[2001:db8:85a3:0:0:8a2e:370:7334]:52344", "[2001:db8:1f70:0:999:de8:7648:6e8]:443");
        WaitForAsyncUtils.asyncFx(() -> {
            window.session().add(stream);
            window.session().currentProperty().set(stream);
        }).get();
        settle(1280, 800);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> look(stream)).get();
        assertEquals(List.of(), problems);
    }

    private List<String> look(Conversation stream) {
        List<String> found = new ArrayList<>();
        ComboBox<?> chooser = (ComboBox<?>) window.root().lookup("#conversation-chooser");
        ListCell<?> cell = chooser.getButtonCell();
        String name = stream.label(window.i18n());
        if (!name.equals(cell.getText())) {
            found.add("the selector's cell says \"" + cell.getText() + "\", not \"" + name + "\"");
        }
        Text shown = (Text) cell.lookup(".text");
        if (shown == null) {
            found.add("the selector's cell shows no text");
            return found;
        }
        if (!name.equals(shown.getText())) {
            found.add("the name shows as \"" + shown.getText() + "\"");
        }
        double lineHeight = shown.getFont().getSize() * 1.1;
        if (shown.getLayoutBounds().getHeight() < 1.8 * lineHeight) {
            found.add("the name takes " + Math.round(shown.getLayoutBounds().getHeight()) + " px, one line: it cannot be whole"
                    + " in the selector's " + Math.round(chooser.getWidth()) + " px");
        }
        String textWhere = InSight.outside(shown, 1280, 800);
        if (textWhere != null) {
            found.add("the name is not whole in view: " + textWhere);
        }
        javafx.geometry.Bounds text = shown.localToScene(shown.getLayoutBounds());
        javafx.geometry.Bounds box = chooser.localToScene(chooser.getLayoutBounds());
        if (text.getMinY() < box.getMinY() - 1 || text.getMaxY() > box.getMaxY() + 1 || text.getMaxX() > box.getMaxX() + 1) {
            found.add(String.format("the name at %.0f-%.0f × %.0f px stands outside the selector at %.0f-%.0f × %.0f px",
                    text.getMinY(), text.getMaxY(), text.getMaxX(), box.getMinY(), box.getMaxY(), box.getMaxX()));
        }
        String chooserWhere = InSight.outside(chooser, 1280, 800);
        if (chooserWhere != null) {
            found.add("the selector is not whole in view: " + chooserWhere);
        }
        return found;
    }
}
