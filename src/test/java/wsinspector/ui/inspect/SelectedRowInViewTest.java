package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The chosen field's row stays whole in view when the tree gets lower after the choice: in a lesson's step on a
 * close frame the explanation grew after «Код закрытия» was chosen, the tree lost height and the row sat half under
 * its bottom edge (FINDINGS W5-7).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SelectedRowInViewTest {
    private FieldTree tree;
    private Region holder;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tree = new FieldTree(new I18n(I18n.RUSSIAN), f -> { });
        VBox box = new VBox(tree.node());
        box.getStylesheets().add(InspectorPane.class.getResource("inspect.css").toExternalForm());
        box.getStyleClass().add("inspector");
        holder = (Region) tree.node();
        holder.setPrefHeight(420);
        holder.setMinHeight(Region.USE_PREF_SIZE);
        holder.setMaxHeight(Region.USE_PREF_SIZE);
        stage.setScene(new Scene(box, 640, 600));
        stage.show();
    }

    @Test
    void theChosenRowStaysWholeWhenTheTreeGetsLower(FxRobot robot) {
        Message close = Samples.serverFrame(Samples.hex("88 02 03 e8")); // close 1000
        Field code = close.root().flatten().stream().filter(f -> "1000".equals(f.value())).findFirst().orElseThrow();
        robot.interact(() -> tree.show(close, null, ProblemPlaces.of(close), code));
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot, code, "at first");
        for (double height : List.of(150.0, 110.0, 80.0)) {
            robot.interact(() -> holder.setPrefHeight(height));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            assertWhole(robot, code, "in a tree " + height + " px high");
        }
    }

    private void assertWhole(FxRobot robot, Field f, String when) {
        robot.interact(() -> {
            Node view = tree.tree().lookup(".clipped-container");
            Bounds shown = view.localToScene(view.getLayoutBounds());
            TreeCell<?> cell = cellOf(f);
            assertNotNull(cell, when + ": the chosen row is out of view");
            Bounds row = cell.localToScene(cell.getLayoutBounds());
            assertTrue(row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5,
                    when + ": the chosen row " + row.getMinY() + ".." + row.getMaxY() + " is not whole in "
                            + shown.getMinY() + ".." + shown.getMaxY());
        });
    }

    private TreeCell<?> cellOf(Field f) {
        for (Node n : tree.tree().lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> c && c.isVisible() && !c.isEmpty() && c.getItem() == f) {
                return c;
            }
        }
        return null;
    }
}
