package wsinspector.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * A step's text ({@link Prose}) draws exactly its text, nothing added (the hair spaces once put after the GUID's dashes
 * showed as «258EAFA5- E914-…», W6-3), and wraps the GUID only after its dashes, never inside a hex group
 * («C5AB0DC8/5B11» on a projector: JavaFX's own wrapping cuts a word too long for its line anywhere), at every width
 * and at the window's and the projector's type.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class StepTextBreaksTest {
    private static final String TEXT = "The server appends the GUID " + SecWebSocketAccept.GUID
            + " to the key, hashes it with SHA-1 and sends it back in Base64; Sec-WebSocket-Accept carries it.";

    @Start
    void start(Stage stage) {
        // the toolkit only: the paragraph is laid out in a scene of its own
    }

    /** The step text at that type, laid out at that width in a scene of its own (on the FX thread). */
    private static Prose laidOut(double size, int width) {
        Prose p = new Prose(TEXT);
        p.setStyle("-fx-font-size: " + size + "px;");
        Pane box = new Pane(p);
        new Scene(box, width, 600);
        box.applyCss();
        p.resize(width, p.prefHeight(width));
        p.layout();
        return p;
    }

    @Test
    void theTextDrawnIsTheTextAndTheGuidBreaksOnlyAtItsDashes() throws Exception {
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (double size : new double[] {15, 24}) {
                for (int width = 240; width <= 700; width += 7) {
                    Prose p = laidOut(size, width);
                    String at = width + " px, " + size + " px type: ";
                    if (!p.drawn().equals(TEXT)) {
                        found.add(at + "drawn «" + p.drawn() + "»");
                    }
                    for (Node n : p.getChildren()) {
                        Label piece = (Label) n;
                        if (piece.getWidth() < piece.prefWidth(-1) - 0.5) {
                            found.add(at + "«" + piece.getText() + "» cut to " + Math.round(piece.getWidth()) + " px");
                        }
                        if (piece.getBoundsInParent().getMaxX() > width + 0.5 && piece.getBoundsInParent().getMinX() > 0.5) {
                            found.add(at + "«" + piece.getText() + "» runs past the right edge");
                        }
                    }
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), wrong);
    }

    @Test
    void aLongWordBreaksAfterItsDashesAShortOneAndTheSpacesStayWhole() {
        assertEquals(List.of("GUID ", "258EAFA5-", "E914-", "47DA-", "95CA-", "C5AB0DC85B11, ", "SHA-1  ", "end"),
                Prose.pieces("GUID " + SecWebSocketAccept.GUID + ", SHA-1  end"));
        assertEquals("2\u00a0Б данных", String.join("", Prose.pieces("2\u00a0Б данных")), "a no-break space is no break");
        assertEquals(List.of("2\u00a0Б ", "данных"), Prose.pieces("2\u00a0Б данных"));
    }

    /**
     * W7-10: a long word that fits whole on the next line goes there whole; it breaks at its dashes only where it is
     * wider than the line alone (the live step's heading broke «Sec-WebSocket-» / «Accept» in a 230 px column).
     */
    @Test
    void aLongWordThatFitsTheNextLineIsNotBrokenAtItsDashes() throws Exception {
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (double size : new double[] {15, 24}) {
                for (int width = 180; width <= 700; width += 7) {
                    Prose p = laidOut(size, width);
                    List<Label> word = new ArrayList<>();
                    for (Node n : p.getChildren()) {
                        Label piece = (Label) n;
                        word.add(piece);
                        if (piece.getText().endsWith("-") && piece.getText().length() > 1) {
                            continue;   // the word goes on
                        }
                        double whole = 0;
                        for (Label l : word) {
                            whole += Math.ceil(l.prefWidth(-1));   // as the flow snaps each piece
                        }
                        double y = word.get(0).getLayoutY();
                        boolean broken = word.stream().anyMatch(l -> Math.abs(l.getLayoutY() - y) > 0.5);
                        if (broken && whole <= width) {
                            StringBuilder w = new StringBuilder();
                            word.forEach(l -> w.append(l.getText()));
                            found.add(width + " px, " + size + " px type: «" + w + "» (" + Math.round(whole)
                                    + " px) broken though the line holds it whole");
                        }
                        word.clear();
                    }
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), wrong);
    }
}
