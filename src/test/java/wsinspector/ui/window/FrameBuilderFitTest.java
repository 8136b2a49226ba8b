package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;

/**
 * The frame builder (Ctrl+B) with a live connection at 1280×800, in Russian and English: nothing in it scrolls
 * sideways nor is cut, and it does not scroll down either: its intro, the header bits, the preview and "Send" are in
 * view. It scrolled sideways and cut its intro ("…и отправьте его серверу как е") and "RSV1" at its edge (O8); then
 * its band was about 215 px and the bits, the preview and "Send" were under the fold (S8); then its title was
 * scrolled off the top and «Пример из RFC 6455: замаскированное «Hello»» cut at its foot (FB).
 */
@Timeout(120)
class FrameBuilderFitTest extends OffScreenWindowTest {
    @Test
    void theBuilderNeitherScrollsSidewaysNorCutsInBothLanguages() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new wsinspector.ui.session.Session()), 1280, 800);
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().stateProperty().get() == LiveServer.ServerState.RUNNING);
        WaitForAsyncUtils.asyncFx(window.liveSlots().clientModel()::connect).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.client().stateProperty().get() == LiveClient.ClientState.OPEN);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.FRAME_BUILDER)).get();
        List<String> wrong = new ArrayList<>();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            settle(1280, 800);
            WaitForAsyncUtils.asyncFx(() -> {
                Parent builder = (Parent) window.root().lookup(".live-builder");
                LayoutProblems.in(builder).forEach(p -> wrong.add(language + ": " + p));
                ScrollPane scroll = (ScrollPane) builder.lookup(".scroll-pane");
                javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                for (String id : List.of(".live-title", "#builder-bits", "#builder-hex-preview", "#builder-send",
                        "#builder-example")) {
                    javafx.scene.Node n = builder.lookup(id);
                    javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() - 1 || b.getMaxY() > view.getMaxY() + 1) {
                        wrong.add(String.format("%s: %s at %.0f-%.0f px, out of the builder's view %.0f-%.0f", language,
                                id, b.getMinY(), b.getMaxY(), view.getMinY(), view.getMaxY()));
                    }
                }
            }).get();
        }
        assertEquals(List.of(), wrong);
    }
}
