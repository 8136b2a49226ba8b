package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode's view type is the largest at which the step's view fits the room the lesson leaves. Live step 5 in
 * F11 at 1920×1080 (the accept computation under the stepper's card, 617 px of room) came from step 4 at 31 px, where
 * the computation measured 1022 px: the proportional guess fell to the least type, 21 px, where it measured 588, and
 * stopped there, though 22 px (613) fitted; the lesson in F11 keeps 32. The heights here are those measured in the
 * running window, the type in between read off a straight line.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorViewTypeTest {
    /** The accept computation's least height by type, px, as measured at 1920×1080 in Russian (live step 5, F11). */
    private static final TreeMap<Integer, Double> ACCEPT = new TreeMap<>(Map.of(
            21, 588.3, 22, 612.8, 23, 634.8, 25, 728.8, 26, 760.0, 29, 880.0, 31, 1022.3, 32, 1060.0));

    @Test
    void theViewTakesTheLargestTypeThatFitsNotTheFirstThatDoes() throws Exception {
        int px = WaitForAsyncUtils.asyncFx(() -> {
            StackPane slot = new StackPane();
            Region inspector = new Region();
            inspector.getStyleClass().add("inspector");
            slot.getChildren().add(inspector);
            ProjectorViewType type = new ProjectorViewType(slot, new Region());
            // step 4: the handshake's lines fit at 31 px
            type.fit(true, 617.4, 32, () -> 573.3);
            assertEquals(32, type.px(), "step 4: the window's type, the lines fit in it");
            // step 5: the accept computation
            type.fit(true, 617.4, 32, () -> heightAt(type.px()));
            return type.px();
        }).get();
        assertEquals(22, px, "the largest type whose computation fits 617 px");
    }

    @Test
    void aViewThatFitsNowhereTakesTheLeastType() throws Exception {
        int px = WaitForAsyncUtils.asyncFx(() -> {
            StackPane slot = new StackPane(new Region());
            slot.getChildren().get(0).getStyleClass().add("inspector");
            ProjectorViewType type = new ProjectorViewType(slot, new Region());
            type.fit(true, 400, 32, () -> heightAt(type.px()));
            return type.px();
        }).get();
        assertEquals(ProjectorViewType.least(32), px);
    }

    /** The measured height at {@code px}, on the straight line between the two nearest measures. */
    private static double heightAt(int px) {
        Map.Entry<Integer, Double> below = ACCEPT.floorEntry(px);
        Map.Entry<Integer, Double> above = ACCEPT.ceilingEntry(px);
        if (below.getKey().equals(above.getKey())) {
            return below.getValue();
        }
        double t = (px - below.getKey()) / (double) (above.getKey() - below.getKey());
        return below.getValue() + t * (above.getValue() - below.getValue());
    }
}
