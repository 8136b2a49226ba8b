package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * On a 1920×1080 screen the window opens with the screen's larger type ({@link WindowSize}: 21 px, not the 16 px of
 * 1280×800, small from the back row): mid-conversation with the live client and server, the handshake's answer and a
 * frame inspected, nothing is cut and nothing scrolls sideways, in Russian and in English.
 */
@Timeout(90)
class FullHdTypeTest extends OffScreenWindowTest {
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;

    @Test
    void theLargerTypeFitsInBothLanguages() throws Exception {
        offScreen(() -> {
            MainWindow w = new MainWindow(new I18n(I18n.ENGLISH), new Session());
            w.zoom().setBase(WindowSize.forScreen(WIDTH, HEIGHT).fontPx());
            return w;
        }, WIDTH, HEIGHT);
        assertEquals(21, window.fontPx());
        LiveWindowTest.talkToTheEchoServer(window);
        List<String> found = new ArrayList<>();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            for (int message : new int[] {1, 2}) {
                WaitForAsyncUtils.asyncFx(() -> {
                    window.i18n().localeProperty().set(language);
                    window.session().select(window.session().current().messages().get(message));
                }).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.root())).get()
                        .forEach(p -> found.add(language + ", message " + (message + 1) + ": " + p));
            }
        }
        assertEquals(List.of(), found);
        WaitForAsyncUtils.asyncFx(() -> window.zoom().zoomIn()).get();
        assertEquals(23, window.fontPx(), "the zoom steps from the screen's type");
        WaitForAsyncUtils.asyncFx(() -> window.zoom().reset()).get();
        assertEquals(21, window.fontPx(), "and Ctrl+0 goes back to it");
    }

    private void settle() throws Exception {
        for (int round = 0; round < 6; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    window.root().resize(WIDTH, HEIGHT);
                    window.root().applyCss();
                    window.root().layout();
                }
            }).get();
        }
    }
}
