package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Rule;
import wsinspector.ui.I18n;
import wsinspector.ui.NextPulse;
import wsinspector.ui.SeverityLook;

/**
 * An error, a warning and a remark are three colours, each the same wherever it is shown (the header's count, the
 * sentence under the field, the mark in the tree, the bytes in the hex, the frame builder's verdict), and none is
 * the green of "no problems": a request without Origin (a remark) and a frame cut by the capture's end (a warning)
 * were both drawn in the success colour, the builder's remark in blue.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SeverityColoursTest {
    private static final String LIVE_CSS = "/wsinspector/ui/live/live.css";
    private InspectorPane pane;
    private final VBox builderVerdicts = new VBox();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new InspectorPane(new I18n(I18n.RUSSIAN));
        builderVerdicts.getStylesheets().add(SeverityColoursTest.class.getResource(LIVE_CSS).toExternalForm());
        stage.setScene(new Scene(new VBox(pane, builderVerdicts), 1260, 760));
        stage.show();
    }

    @Test
    void eachWeightHasItsOwnColourEverywhereAndNoneIsTheSuccessGreen(FxRobot robot) {
        Map<SeverityLook, Message> samples = new EnumMap<>(SeverityLook.class);
        samples.put(SeverityLook.REMARK, Samples.conversationWithoutOrigin().get(0));
        samples.put(SeverityLook.WARNING, Samples.serverFrame(Samples.hex("81 05 48 65"))); // 2 of 5 payload bytes
        samples.put(SeverityLook.ERROR, Samples.clientFrame(Samples.HELLO)); // a client frame without a mask
        samples.forEach((look, m) -> assertTrue(!m.problems().isEmpty() && m.problems().stream()
                .allMatch(p -> SeverityLook.of(p) == look), look + ": " + m.problems()));

        Message clean = Samples.clientFrame(Samples.MASKED_HELLO);
        showStyled(robot, () -> pane.show(clean, List.of(clean)));
        Paint success = headerFill();

        Map<SeverityLook, Paint> colour = new EnumMap<>(SeverityLook.class);
        for (Map.Entry<SeverityLook, Message> e : samples.entrySet()) {
            Message m = e.getValue();
            showStyled(robot, () -> pane.show(m, List.of(m)));
            Paint header = headerFill();
            colour.put(e.getKey(), header);
            List<Paint> elsewhere = new ArrayList<>();
            for (Field f : m.root().flatten()) {
                showStyled(robot, () -> pane.selectField(f));
                visible(".detail-problem").stream().map(n -> ((Label) n).getTextFill()).forEach(elsewhere::add);
            }
            visible(".field-problem").stream().map(n -> ((Text) n).getFill()).forEach(elsewhere::add);
            visible(".hex-problem").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getFill())
                    .forEach(elsewhere::add);
            assertFalse(elsewhere.isEmpty(), e.getKey() + ": the sentence, the tree's mark and the bytes are shown");
            for (Paint p : elsewhere) {
                assertEquals(header, p, e.getKey() + " is drawn in the header's colour for it everywhere");
            }
            assertEquals(header, builderVerdictFill(robot, e.getKey()), e.getKey() + " in the frame builder");
        }
        for (SeverityLook look : SeverityLook.values()) {
            assertNotEquals(success, colour.get(look), look + " is not the green of \"no problems\"");
            for (SeverityLook other : SeverityLook.values()) {
                if (other != look) {
                    assertNotEquals(colour.get(other), colour.get(look), look + " and " + other + " look alike");
                }
            }
        }
    }

    @Test
    void theHeaderCountsEachWeightApart(FxRobot robot) {
        Message warning = Samples.serverFrame(Samples.hex("81 05 48 65"));
        assertEquals(Rule.Severity.WARNING, warning.problems().get(0).severity());
        showStyled(robot, () -> pane.show(warning, List.of(warning)));
        assertEquals("⚠ 1 предупреждение", ((Label) pane.lookup(".inspector-problem-count")).getText());
    }

    /** A verdict of this weight as the frame builder shows one, in the live panes' stylesheet. */
    private Paint builderVerdictFill(FxRobot robot, SeverityLook look) {
        Label verdict = new Label("…");
        verdict.getStyleClass().add("live-verdict");
        SeverityLook.apply(verdict, look);
        robot.interact(() -> {
            builderVerdicts.getChildren().setAll(verdict);
            builderVerdicts.applyCss();
        });
        return verdict.getTextFill();
    }

    /**
     * Does {@code change} and waits until what it brought is on screen as drawn: the inspector's parts all there (its
     * first view comes in a chain of FX tasks, longer than TestFX's wait for events), then a pulse, whose styles pass
     * colours what the last layout made (the hex's and the tree's new rows; FL: read before it, a remark was black).
     */
    private void showStyled(FxRobot robot, Runnable change) {
        CountDownLatch whole = new CountDownLatch(1);
        robot.interact(() -> {
            change.run();
            pane.whenWhole(whole::countDown);
        });
        try {
            assertTrue(whole.await(30, TimeUnit.SECONDS), "the inspector's parts all on screen");
        } catch (InterruptedException stop) {
            throw new AssertionError(stop);
        }
        NextPulse.await(pane.getScene());
    }

    private List<Node> visible(String selector) {
        List<Node> out = new ArrayList<>();
        for (Node n : pane.lookupAll(selector)) {
            if (n.isVisible() && n.getScene() != null && !(n instanceof Label l && l.getText().isEmpty())) {
                out.add(n);
            }
        }
        return out;
    }


    private Paint headerFill() {
        return ((Label) pane.lookup(".inspector-problem-count")).getTextFill();
    }
}
