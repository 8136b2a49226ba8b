package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The header's bits in a narrow inspector (beside the live stepper's column, about 790 px at 1280×800) put the second
 * byte under the first instead of squeezing sixteen boxes into the width: «Маска» and "RSV1" over one bit each were
 * broken mid-word and the second byte's line was cut at the window's edge. The caption stays under the boxes, and a
 * wide inspector keeps the two bytes side by side, as RFC 6455 draws them.
 */
@ExtendWith(ApplicationExtension.class)
class BitsStackTest {
    private InspectorPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        pane = new InspectorPane(new I18n(I18n.RUSSIAN));
        stage.setScene(new Scene(pane, 1260, 760));
        stage.show();
    }

    /** The stage is TestFX's one primary stage for every test class: given back at the width it was given (ORD). */
    @org.junit.jupiter.api.AfterEach
    void giveTheStageBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1260)).get();
    }

    @Test
    void aNarrowViewStacksTheTwoBytesAndAWideOneDoesNot(FxRobot robot) throws Exception {
        Message hello = Samples.clientFrame(Samples.MASKED_HELLO);
        robot.interact(() -> pane.show(hello, List.of(hello)));
        Tab tab = pane.tabs().getTabs().stream().filter(t -> "bits".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> pane.tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wsinspector.ui.inspect.InspectorPane.viewOf(tab) != null);

        List<Bounds> wide = boxes(robot, tab, 1260);
        assertEquals(1, rows(wide), "one row: " + wide);

        List<Bounds> narrow = boxes(robot, tab, 700);
        assertEquals(2, rows(narrow), "two rows: " + narrow);
        assertTrue(narrow.get(8).getMinY() > narrow.get(0).getMaxY(), "the second byte under the first");
        double right = WaitForAsyncUtils.asyncFx(() -> tab.getContent().localToScene(tab.getContent().getLayoutBounds())
                .getMaxX()).get();
        assertTrue(narrow.stream().allMatch(b -> b.getMaxX() <= right), "every box inside the view's width " + right);
        Node caption = tab.getContent().lookup(".bits-caption");
        double captionTop = WaitForAsyncUtils.asyncFx(() -> caption.localToScene(caption.getLayoutBounds()).getMinY()).get();
        double lowest = narrow.stream().mapToDouble(Bounds::getMaxY).max().orElseThrow();
        assertTrue(captionTop >= lowest, "the caption under the boxes: " + captionTop + " < " + lowest);
    }

    /** The shown bit boxes in the scene, the inspector {@code width} px wide. */
    private List<Bounds> boxes(FxRobot robot, Tab tab, double width) throws Exception {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            pane.getScene().getRoot().applyCss();
            pane.getScene().getRoot().layout();
            return tab.getContent().lookupAll(".bit-box").stream().filter(BitsStackTest::shown)
                    .map(n -> n.localToScene(n.getLayoutBounds())).toList();
        }).get();
    }

    /** How many rows the boxes stand in (by their centres: the selected box's border is thicker). */
    private static long rows(List<Bounds> boxes) {
        return boxes.stream().mapToLong(b -> Math.round(b.getCenterY())).distinct().count();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
