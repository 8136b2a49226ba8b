package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;

/**
 * The live client's kinds of message (Text, Binary, Ping, Pong, Close) are one row of pills that wraps in the client's
 * narrow pane: each row of it is drawn whole, a border on every side. The first row ended on a pill of the middle
 * («Пинг» in Russian, «Pong» in English at 1280×800), drawn without its right border, as if cut.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class KindPillsTest {
    private LiveSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"ru, 330", "en, 330", "ru, 260", "en, 600"})
    void everyRowOfKindsHasItsBorders(String language, double width) throws Exception {
        Locale locale = language.equals("ru") ? I18n.RUSSIAN : I18n.ENGLISH;
        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            Theme.apply();
            session = new LiveSession();
            ClientPane client = new ClientPane(new I18n(locale), session);
            stage.setScene(new Scene(new StackPane(client), width, 800));
            stage.sizeToScene();
            stage.show();
            List<String> found = new ArrayList<>();
            for (int pass = 0; pass < 3; pass++) {
                client.applyCss();
                client.layout();
            }
            List<ToggleButton> pills = client.lookupAll("ToggleButton").stream()
                    .filter(n -> n.getId() != null && n.getId().startsWith("client-kind-"))
                    .map(ToggleButton.class::cast).toList();
            assertEquals(5, pills.size(), "the five kinds");
            for (int i = 0; i < pills.size(); i++) {
                ToggleButton b = pills.get(i);
                boolean rowStart = i == 0 || y(pills.get(i - 1)) != y(b);
                boolean rowEnd = i == pills.size() - 1 || y(pills.get(i + 1)) != y(b);
                Insets inner = b.getBackground().getFills().get(b.getBackground().getFills().size() - 1).getInsets();
                if (rowEnd && inner.getRight() <= 0) {
                    found.add(language + " " + width + ": «" + b.getText() + "» ends its row without a right border");
                }
                if (rowStart && inner.getLeft() <= 0) {
                    found.add(language + " " + width + ": «" + b.getText() + "» starts its row without a left border");
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), problems);
    }

    private static double y(Node n) {
        return Math.round(n.getBoundsInParent().getMinY());
    }
}
