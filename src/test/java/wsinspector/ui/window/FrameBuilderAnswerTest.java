package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;

/**
 * The frame builder (Ctrl+B) at 1280×800 and 1920×1080, in Russian and English, once «Отправить серверу как есть» was
 * pressed with MASK off (the server closes with 1002 and the client's connection ends): the builder's title, Send and the line that says what came of it («Отправлено 7 байт
 * без изменений…») stand whole in the builder's view without scrolling. The answer line lay under the fold at
 * 1280×800, and scrolled to, the title went off the top (W7-5).
 */
@Timeout(180)
class FrameBuilderAnswerTest extends OffScreenWindowTest {
    @Test
    void theAnswerToSendIsInViewBesideTheTitle() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1920, 1080})) {
            offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new wsinspector.ui.session.Session()), size[0], size[1]);
            LiveSession live = window.liveSlots().live();
            WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().stateProperty().get() == LiveServer.ServerState.RUNNING);
            WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.FRAME_BUILDER)).get();
            for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
                WaitForAsyncUtils.asyncFx(window.liveSlots().clientModel()::connect).get();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.client().stateProperty().get() == LiveClient.ClientState.OPEN);
                WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
                settle(size[0], size[1]);
                // the lecture's case: MASK off, pressed (a click gives Send the focus); the server closes with 1002,
                // the client is closed and Send disabled
                WaitForAsyncUtils.asyncFx(() -> {
                    ((wsinspector.ui.live.FrameBuilderPane) window.root().lookup(".live-builder")).model().maskedProperty()
                            .set(false);
                    javafx.scene.control.Button send = (javafx.scene.control.Button) window.root().lookup("#builder-send");
                    if (send.isFocusTraversable()) {
                        send.requestFocus();
                    }
                    send.fire();
                }).get();
                Label note = (Label) window.root().lookup("#builder-send-note");
                // «Отправлено без изменений: 7 Б…», «Sent 7 bytes…»
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> note.getText() != null
                        && note.getText().contains("7") && note.isVisible()).get());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.client().stateProperty().get() != LiveClient.ClientState.OPEN);
                settle(size[0], size[1]);
                String at = (int) size[0] + "×" + (int) size[1] + " " + language;
                wrong.addAll(WaitForAsyncUtils.asyncFx(() -> outOfView(at)).get());
            }
            WaitForAsyncUtils.asyncFx(window::close).get();
            window = null;
        }
        assertEquals(List.of(), wrong);
    }

    private List<String> outOfView(String at) {
        List<String> out = new ArrayList<>();
        Parent builder = (Parent) window.root().lookup(".live-builder");
        ScrollPane scroll = (ScrollPane) builder.lookup(".scroll-pane");
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        for (Node n : List.of(builder.lookup(".live-title"), builder.lookup("#builder-send"),
                builder.lookup("#builder-send-note"))) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMinY() < view.getMinY() - 1 || b.getMaxY() > view.getMaxY() + 1 || b.getHeight() <= 0) {
                out.add(String.format("%s: %s at %.0f-%.0f px, the builder's view %.0f-%.0f", at,
                        n.getId() != null ? n.getId() : n.getStyleClass(), b.getMinY(), b.getMaxY(), view.getMinY(),
                        view.getMaxY()));
            }
        }
        LayoutProblems.in(builder).forEach(p -> out.add(at + ": " + p));
        return out;
    }
}
