package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * W9-5 rest: step mode (F5) over a hixie-76 capture opens, at each step, the view its lesson explains: the handshake's
 * Key1/Key2/MD5 proof at the request's challenge and at the answer's 16 bytes, the frames in both framings at a text
 * or binary frame, the close's bytes at 0xFF 0x00. The steps named no view, and the view left open by the step before
 * stayed: after the TCP events (whose only view is «Нарушения») the challenge showed «Нарушения».
 */
@Timeout(120)
class HixieStepViewsTest extends OffScreenWindowTest {
    @Test
    void everyHixieStepOpensTheViewItsLessonExplains() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new wsinspector.ui.session.Session()), 1280, 800);
        WindowFixture.open(window, Path.of("samples", "hixie76-client.pcapng"));
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.STEPS)).get();
        List<String> wrong = new ArrayList<>();
        int looked = 0;
        do {
            settle(1280, 800);
            Message m = window.session().selected();
            if (m instanceof HandshakeMessage || m instanceof LegacyFrameMessage) {
                wsinspector.ui.inspect.InspectorWhole.await(window.inspector());
                settle(1280, 800);
                String expected = expected(m);
                String open = WaitForAsyncUtils.asyncFx(this::openTab).get();
                if (!expected.equals(open)) {
                    wrong.add("step " + window.steps().counter() + " (" + m.kind() + " " + m.direction() + "): «" + open
                            + "» open, not «" + expected + "»");
                }
                looked++;
            }
        } while (WaitForAsyncUtils.asyncFx(window.steps()::next).get());
        assertTrue(looked >= 5, "the handshake and the old frames were stepped: " + looked);
        assertEquals(List.of(), wrong);
    }

    /** The view a hixie-76 message's lesson explains. */
    private static String expected(Message m) {
        if (m instanceof HandshakeMessage) {
            return "handshake";
        }
        LegacyFrameMessage l = (LegacyFrameMessage) m;
        return l.frame().kind() == wsinspector.legacy.LegacyFrame.Kind.CLOSE ? "payload" : "legacy";
    }

    private String openTab() {
        TabPane tabs = (TabPane) window.inspector().lookup(".tab-pane");
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? "none" : tab.getId();
    }
}
