package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Message;
import wsinspector.ui.NextPulse;

/**
 * FX100: the hex view's first rows on screen are laid out over two pulses, not one: each row's first cell costs the FX
 * thread, and a big capture's first message (its handshake, 13 rows) laid out whole in one pulse was the costliest task
 * of its first screen (65-105 ms of the FX thread's CPU under load). What the person sees at the end is the same.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class HexFirstRowsTest {
    private HexView hex;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        hex = new HexView(offset -> { });
        scene = new Scene(new javafx.scene.layout.StackPane(hex.node()), 700, 500);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theFirstPulseLaysOutTwoRowsAndTheNextTheRest(FxRobot robot) throws Exception {
        Message request = Samples.clientFrame(Samples.REQUEST);
        int rows = (request.wire().length + 15) / 16;
        assertTrue(rows > 6, rows + " rows");
        List<Integer> laidOut = new ArrayList<>();
        Runnable count = () -> laidOut.add(hex.area().getParagraphs().size());
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(count);
            hex.show(request, request.root());
        });
        NextPulse.await(scene);
        NextPulse.await(scene);
        NextPulse.await(scene);
        robot.interact(() -> scene.removePostLayoutPulseListener(count));

        assertEquals(HexView.FIRST_ROWS, laidOut.get(0), "rows in the first pulse: " + laidOut);
        assertEquals(rows, hex.area().getParagraphs().size(), "every row after it: " + laidOut);
        assertEquals(hex.layout().text(request.wire()), hex.area().getText());
        // the selection's styles came with the rest: the first byte is the selected root's
        for (int at : new int[] {0, request.wire().length - 1}) {
            String style = WaitForAsyncUtils.asyncFx(() -> hex.area().getStyleOfChar(hex.layout().hexStart(at)).toString())
                    .get();
            assertTrue(style.contains(HexStyler.SELECTED), "byte " + at + ": " + style);
        }

        // once made, the cells are there: the next message comes whole in one pulse
        Message response = Samples.serverFrame(Samples.RESPONSE);
        laidOut.clear();
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(count);
            hex.show(response, response.root());
        });
        NextPulse.await(scene);
        robot.interact(() -> scene.removePostLayoutPulseListener(count));
        assertEquals((response.wire().length + 15) / 16, laidOut.get(0), "rows in one pulse: " + laidOut);
    }
}
