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

    /**
     * Projector mode at 1920×1080: a title that fits its line alone but not beside the verdict keeps its line, the
     * verdict goes under it at the right, beside the summary («Запрос рукопожатия (173 / байта)» broke 22 px short).
     */
    @Test
    void aTitleThatFitsAloneKeepsItsLineAndTheVerdictGoesUnder(FxRobot robot) {
        robot.interact(() -> title.setText("Клиент → сервер  ·  Запрос рукопожатия (173 байта)"));
        fontAndWidth(robot, 44, 1600);
        double line = title.getFont().getSize() * 1.6;
        assertTrue(title.getHeight() < line, "the title on one line: " + title.getHeight() + " px");
        assertTrue(header.verdictUnder(), "the verdict under the title");
        assertTrue(verdict.localToScene(0, 0).getY() > title.localToScene(0, 0).getY() + title.getHeight() - 1,
                "the verdict under the title's line");
        assertTrue(verdict.localToScene(verdict.getWidth(), 0).getX() > 1500, "at the right");
        fontAndWidth(robot, 14, 1280);
        assertTrue(header.summaryBeside(), "back beside the title");
        assertFalse(header.verdictUnder(), "the verdict back beside the title");
    }

    /**
     * What the header gives up while the summary is hidden (a step's view standing alone) is what the summary adds to it
     * at every width, in whole pixels as the row lays it out: measured unsnapped, a summary 1.8 px wider than the room
     * the row gave it counted as one line beside the title and took two; the inspector, told it would gain nothing by
     * standing the step's view alone, turned the choice over at each fit (the lesson's pong at 1920×1080 F11).
     */
    @Test
    void theSummarysHeightIsWhatTheHeaderGivesUpWithoutIt(FxRobot robot) {
        robot.interact(() -> {
            title.setText("Client → server  ·  Frame (10 bytes)");
            summary.setText("Pong  ·  FIN  ·  masked  ·  4 bytes");
            verdict.setText("✔ no violations");
            root.setStyle("-fx-font-size: 32px;");
            root.applyCss();
        });
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int[] wrapped = {0};
        robot.interact(() -> {
            for (double width = 1000; width <= 1920; width += 0.5) {
                summary.setManaged(true);
                double shown = header.prefHeight(width);
                summary.setManaged(false);
                double hidden = header.prefHeight(width);
                summary.setManaged(true);
                double said = header.summaryHeight(width);
                if (Math.abs(said - (shown - hidden)) > 0.5) {
                    wrong.add(width + " px: " + said + " said, " + (shown - hidden) + " given up");
                }
                if (header.summaryBeside() && shown - hidden > 0) {
                    wrapped[0]++;
                }
            }
        });
        assertEquals(java.util.List.of(), wrong);
        assertTrue(wrapped[0] > 0, "some width has the summary beside the title on two lines");
    }

    /** How many lines the summary's text takes at the width it was given. */
    private long summaryLines() {
        double line = summary.getFont().getSize() * 1.6;
        return Math.round(Math.max(1, Math.floor(summary.getHeight() / line + 0.4)));
    }
}
