package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The summary beside the title while it has room, under it when it has not: projector mode's large type made it a
 * column one word wide, four lines tall ("Текст · / FIN · 5 / байт · / "Hello"").
 */
@ExtendWith(ApplicationExtension.class)
class InspectorHeaderTest {
    // Made in start(), not as fields: a Label made before the toolkit starts fails its class's initialisation, and
    // every FX test after it in the JVM (run alone, this class came first and broke the package's other tests).
    private Label title;
    private Label summary;
    private Label verdict;
    private InspectorHeader header;
    private StackPane root;

    @Start
    void start(Stage stage) {
        title = new Label("Сервер → клиент  ·  Фрейм (7 байт)");
        summary = new Label("Текст  ·  FIN  ·  5 байт  ·  \"Hello\"");
        verdict = new Label("✔ нарушений нет");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        header = new InspectorHeader(title, summary, verdict);
        root = new StackPane(header);
        stage.setScene(new Scene(root, 1280, 200));
        stage.show();
    }

    private void fontAndWidth(FxRobot robot, double px, double width) {
        robot.interact(() -> {
            root.setStyle("-fx-font-size: " + px + "px;");
            root.resize(width, 200);
            root.applyCss();
            root.layout();
            root.layout();
        });
    }

    @Test
    void theSummaryStandsBesideTheTitleWhereItFits(FxRobot robot) {
        fontAndWidth(robot, 14, 1280);
        assertTrue(header.summaryBeside());
        assertEquals(1, summaryLines(), "one line");
    }

    @Test
    void inLargeTypeTheSummaryTakesALineOfItsOwnAndBackAgain(FxRobot robot) {
        fontAndWidth(robot, 32, 1280);
        assertFalse(header.summaryBeside(), "under the title");
        assertEquals(1, summaryLines(), "one line, not a column of words");
        assertTrue(verdict.getParent() != null && verdict.getLayoutX() > title.getLayoutX() + title.getWidth(),
                "the verdict stays in the first line");
        fontAndWidth(robot, 14, 1280);
        assertTrue(header.summaryBeside(), "back beside the title");
    }

    /** How many lines the summary's text takes at the width it was given. */
    private long summaryLines() {
        double line = summary.getFont().getSize() * 1.6;
        return Math.round(Math.max(1, Math.floor(summary.getHeight() / line + 0.4)));
    }
}
