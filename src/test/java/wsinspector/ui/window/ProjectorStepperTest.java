package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Session;

/**
 * Projector mode (F11) in live step mode at 1280×800, in Russian: the plan's chips are read from the back row as the
 * step's text is, in the projector's type (they stayed about 15 px under 24 px text).
 */
@Timeout(120)
class ProjectorStepperTest extends OffScreenWindowTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    @Test
    void theStepChipsTakeTheProjectorsType() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), WIDTH, HEIGHT);
        LiveStepFixture.enterInProjector(window);
        settle(WIDTH, HEIGHT);
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        int before = stepper.cursorProperty().get();
        WaitForAsyncUtils.asyncFx(stepper::next).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        settle(WIDTH, HEIGHT);
        int type = window.fontPx();
        assertTrue(type >= 24, "projector type at 1280×800: " + type);
        List<String> small = new ArrayList<>();
        List<Node> chips = new ArrayList<>(window.root().lookupAll(".live-chip"));
        assertTrue(chips.size() >= 8, "the plan's chips: " + chips.size());
        for (Node n : chips) {
            double px = ((Label) n).getFont().getSize();
            if (px < 0.9 * type) {   // the pane's own type, a shade under the window's, is the chips' em
                small.add(((Label) n).getText() + " " + Math.round(px) + " px");
            }
        }
        assertEquals(List.of(), small, "chips well under the projector's " + type + " px type");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(window.root())).get(), "nothing cut");
    }
}
