package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.protocol.Phrase;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * The status line at 1280×800, in Russian and English, with its longest sentence (what a file that is not WebSocket
 * seems to be, and what to do): it wraps onto a second line instead of being cut with "…" (the lecturer saw
 * «…Проверьте, тот ли файл …» on random bytes).
 */
@Timeout(120)
class StatusLineWholeTest extends OffScreenWindowTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    @Test
    void aLongStatusWrapsInsteadOfBeingCut() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), WIDTH, HEIGHT);
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.i18n().localeProperty().set(language);
                Label line = (Label) window.root().lookup("#status-text");
                String notice = window.i18n().explanations().phrase(Phrase.of("notice.not-websocket", "random.bin", 40, 45));
                ((StatusBar) line.getParent()).show("load.notice", "random.bin", notice);
            }).get();
            settle(WIDTH, HEIGHT);
            Label line = (Label) window.root().lookup("#status-text");
            List<String> problems = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(line.getParent())).get();
            assertEquals(List.of(), problems, language + ": the status line");
            String drawn = WaitForAsyncUtils.asyncFx(() -> line.lookupAll(".text").stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                    .findFirst().orElse("")).get();
            assertEquals(line.getText(), drawn, language + ": the status line drawn whole");
            double lines = WaitForAsyncUtils.asyncFx(() -> line.getHeight() / line.getFont().getSize()).get();
            assertTrue(lines > 2, language + ": the status line on two lines, " + lines + " em");
        }
    }
}
