package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The field tree wraps its rows at word boundaries within its width instead of scrolling sideways: with the window
 * zoomed twice (20 px type), in Russian, on a browser's long User-Agent and on a long text message. Each row is
 * whole (as tall as its wrapped text), none reaches past the tree's right edge, and no word is split between two
 * lines. Before, each row was a line of labels at their whole width and the tree scrolled sideways.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class FieldTreeWrapTest {
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 (a browser that names every engine it "
            + "resembles)";
    private static final String LONG_TEXT = "Добрый вечер, это длинное сообщение чата о том, как WebSocket "
            + "передаёт текст кадрами, байт за байтом";

    private InspectorPane pane;

    @Start
    void start(Stage stage) {
        pane = new InspectorPane(new I18n(I18n.RUSSIAN));
        InspectorStage.show(stage, pane, 20, 1280, 600);   // the window's 16 px zoomed in twice (Ctrl+= twice)
    }

    @Test
    void aLongHeaderValueWrapsInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        byte[] request = Samples.ascii(new String(Samples.REQUEST, StandardCharsets.ISO_8859_1)
                .replace("\r\n\r\n", "\r\nUser-Agent: " + USER_AGENT + "\r\n\r\n"));
        List<Message> conversation = Dissector.dissect(List.of(Chunk.of(Samples.C2S, request),
                Chunk.of(Samples.S2C, Samples.RESPONSE))).messages();
        Field agent = conversation.get(0).root().flatten().stream()
                .filter(f -> f.value().startsWith("Mozilla/5.0")).findFirst().orElseThrow();
        robot.interact(() -> pane.show(conversation.get(0), conversation));
        InspectorWhole.await(pane);
        robot.interact(() -> pane.selectField(agent));
        assertRowsWrapWhole(robot);
        String shown = text(flowOf(cellOf(agent)));
        String kept = shown.substring(shown.indexOf("Mozilla"), shown.length() - " …".length());
        assertTrue(shown.endsWith(" …") && USER_AGENT.startsWith(kept + " "), "cut after a whole word: " + shown);

        // a wrapped row is still a row: a click on it selects its field, the hex follows
        robot.interact(() -> pane.selectField(null));
        robot.clickOn(cellOf(agent));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(agent, pane.selectedFieldProperty().get());
        HexView hex = pane.hexView();
        int first = hex.layout().hexStart((int) agent.offset());
        assertTrue(hex.area().getStyleOfChar(first).contains(HexStyler.SELECTED));
    }

    @Test
    void aLongTextMessageWrapsInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        byte[] text = LONG_TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] frame = Samples.concat(new byte[] {(byte) 0x81, 126, 0, (byte) text.length}, text);
        Message m = Samples.serverFrame(frame);
        robot.interact(() -> pane.show(m, List.of(m)));
        InspectorWhole.await(pane);
        Field payload = m.root().flatten().stream().filter(f -> f.value().contains("Добрый")).findFirst()
                .orElseThrow();
        robot.interact(() -> pane.selectField(payload));
        assertRowsWrapWhole(robot);
        assertTrue(lines(flowOf(cellOf(payload))).stream().distinct().count() > 1,
                "the text's row takes several lines");
    }

    /** Every row shown: inside the tree's width, as tall as its wrapped line, no word split; no sideways bar. */
    private void assertRowsWrapWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cells().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node tree = pane.fieldTree().tree();
        robot.interact(() -> {
            double right = tree.localToScene(tree.getLayoutBounds()).getMaxX();
            for (ScrollBar bar : bars(tree)) {
                assertFalse(bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible(),
                        "the tree scrolls sideways");
            }
            int wrapped = 0;
            List<Double> oneLine = new ArrayList<>();
            for (TreeCell<?> cell : cells()) {
                TextFlow flow = flowOf(cell);
                Bounds line = flow.localToScene(flow.getLayoutBounds());
                String text = text(flow);
                assertTrue(line.getMaxX() <= right + 0.5, text + " reaches past the tree's edge: " + line.getMaxX()
                        + " > " + right);
                double needs = flow.prefHeight(flow.getWidth());
                assertTrue(flow.getHeight() >= needs - 0.5, text + " is cut: " + flow.getHeight() + " < " + needs);
                assertTrue(cell.getHeight() >= flow.getBoundsInParent().getMaxY() - 0.5,
                        text + " runs below its row: " + cell.getHeight());
                List<Double> lines = lines(flow);
                for (int i = 1; i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i))) {
                        assertEquals(lines.get(i - 1), lines.get(i), "a word is split in \"" + text + "\" at " + i);
                    }
                }
                if (lines.stream().distinct().count() > 1) {
                    wrapped++;
                } else {
                    oneLine.add(cell.getHeight());
                }
            }
            assertTrue(wrapped > 0, "a long row takes more than one line");
            double least = oneLine.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            assertTrue(oneLine.stream().allMatch(h -> h <= least + 1), "rows of one line differ in height: " + oneLine);
        });
    }

    private List<TreeCell<?>> cells() {
        List<TreeCell<?>> out = new ArrayList<>();
        for (Node n : pane.fieldTree().tree().lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> c && !c.isEmpty() && c.isVisible() && c.getItem() != null
                    && c.getGraphic() != null) {
                out.add(c);
            }
        }
        return out;
    }

    private TreeCell<?> cellOf(Field f) {
        return cells().stream().filter(c -> c.getItem() == f).findFirst()
                .orElseThrow(() -> new AssertionError("no row shown for " + f.key()));
    }

    private static TextFlow flowOf(TreeCell<?> cell) {
        if (cell.getGraphic() instanceof TextFlow flow) {
            return flow;
        }
        throw new AssertionError("a row is not running text: " + cell.getGraphic());
    }

    private static List<ScrollBar> bars(Node tree) {
        return tree.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .toList();
    }

    /** The flow's characters as its layout counts them: an inline node (the colour swatch) is one character. */
    private static String text(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            sb.append(n instanceof Text t ? t.getText() : "\uFFFC");
        }
        return sb.toString();
    }

    /** The top of the line each character of the flow is laid out on. */
    private static List<Double> lines(TextFlow flow) {
        List<Double> tops = new ArrayList<>();
        for (int i = 0; i < text(flow).length(); i++) {
            PathElement[] caret = flow.caretShape(i, true);
            tops.add(caret.length > 0 && caret[0] instanceof MoveTo move ? Math.rint(move.getY()) : Double.NaN);
        }
        return tops;
    }
}
