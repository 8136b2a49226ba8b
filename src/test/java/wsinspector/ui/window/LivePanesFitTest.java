package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveServer;

/**
 * The live client and server panes at 1280×800, in Russian and English, as a lecturer starts a lesson (server
 * stopped, then running, before any message): their everyday controls stand in view without scrolling (the rest
 * folded under "more"), and nothing in them is cut, broken mid-word or scrolls sideways, also once connected: then
 * the server pane too shows its state, Stop and its connections in view, the rest under one folded section.
 */
@Timeout(120)
class LivePanesFitTest extends OffScreenWindowTest {
    @Test
    void theEverydayControlsFitWithoutScrollingInBothLanguages() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.ENGLISH), new wsinspector.ui.session.Session()), 1280, 800);
        List<String> wrong = new ArrayList<>();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            wrong.addAll(problems("stopped, " + language, true));
        }
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().stateProperty().get() == LiveServer.ServerState.RUNNING);
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            wrong.addAll(problems("running, " + language, true));
        }
        wsinspector.ui.live.ClientPaneModel client = window.liveSlots().clientPane().model();
        WaitForAsyncUtils.asyncFx(client::connect).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> live.client().stateProperty().get() == wsinspector.ui.live.LiveClient.ClientState.OPEN);
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            wrong.addAll(problems("open, " + language, true));
        }
        wrong.addAll(WaitForAsyncUtils.asyncFx(() -> serverPartsGathered(true)).get());
        WaitForAsyncUtils.asyncFx(client::disconnect).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> live.server().connections()
                .stream().noneMatch(r -> r.status() == wsinspector.ui.live.ServerConnectionRow.Status.OPEN)).get());
        wrong.addAll(WaitForAsyncUtils.asyncFx(() -> serverPartsGathered(false)).get());
        assertEquals(List.of(), wrong);
    }

    /**
     * While a client is in, what leaves the server's view is under its folded section, none of it lost; once none
     * is, all of it is back in place and the section gone.
     */
    private List<String> serverPartsGathered(boolean clientIn) {
        Region server = window.liveSlots().serverPane();
        javafx.scene.Node gathered = server.lookup("#server-connected-more");
        List<String> found = new ArrayList<>();
        if (gathered.isVisible() != clientIn) {
            found.add((clientIn ? "open" : "closed") + ": the server's gathered section visible " + gathered.isVisible());
        }
        for (String id : List.of("server-settings", "proxy-section", "server-student-page", "server-connections-more")) {
            javafx.scene.Node part = server.lookup("#" + id);
            javafx.scene.Node up = part;
            while (up != null && up != gathered) {
                up = up.getParent();
            }
            if ((up != null) != clientIn) {
                found.add((clientIn ? "open: " : "closed: ") + id + (clientIn ? " is not" : " is still")
                        + " under the server's gathered section");
            }
        }
        return found;
    }

    private List<String> problems(String where, boolean mustFit) throws Exception {
        settle(1280, 800);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (Region pane : List.of(window.liveSlots().clientPane(), window.liveSlots().serverPane())) {
                String name = pane.getStyleClass().get(pane.getStyleClass().size() - 1);
                ScrollPane scroll = (ScrollPane) pane.lookup(".scroll-pane");
                Region content = (Region) scroll.getContent();
                if (mustFit && content.getHeight() > scroll.getViewportBounds().getHeight() + 1) {
                    found.add(where + ": " + name + " scrolls: " + Math.round(content.getHeight()) + " px in "
                            + Math.round(scroll.getViewportBounds().getHeight()));
                }
                LayoutProblems.in(pane).forEach(p -> found.add(where + ": " + p));

            }
            return found;
        }).get();
    }
}
