package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.NextPulse;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.timeline.ArrowCell;

/**
 * The timeline's time column: a capture's messages show the seconds since its first packet, as Wireshark's
 * default Time column does (the figures below are tshark's frame.time_relative of the same packets); a dump
 * without times shows none.
 */
class TimeColumnTest extends WindowTest {
    @Test
    void aCaptureShowsSecondsSinceItsFirstPacket(FxRobot robot) throws Exception {
        WindowFixture.open(window, Path.of("samples/chromium-deflate.pcapng"));

        // tshark -r samples/chromium-deflate.pcapng -T fields -e frame.time_relative: packets 1, 2, 4, 6, 8
        assertEquals(List.of(
                "SYN: the client opens the TCP connection, 0.000000 seconds after the first packet",
                "SYN-ACK: the server accepts the TCP connection, 0.000017 seconds after the first packet",
                "GET /, 0.002090 seconds after the first packet",
                "101 Switching Protocols, 0.566311 seconds after the first packet",
                "Text \"Hello\" (masked) (compressed), 0.633612 seconds after the first packet"),
                java.util.stream.IntStream.range(0, 5).mapToObj(i -> row(robot, i).getAccessibleText()).toList());
        WaitForAsyncUtils.asyncFx(() -> window.timeline().list().scrollTo(0)).get();
        List<ArrowCell> cells = cells(robot);
        Label time = (Label) cells.get(2).lookup(".arrow-time");
        assertTrue(time.isVisible());
        assertEquals("0.002090 s", time.getText());
        Node lifeline = cells.get(2).lookupAll(".lifeline").stream().max(Comparator.comparingDouble(n -> n.getBoundsInParent().getMinX())).orElseThrow();
        assertTrue(time.getBoundsInParent().getMinX() > lifeline.getBoundsInParent().getMaxX(), "right of the server's lifeline");
    }

    @Test
    void aDumpWithoutTimesShowsNone(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);

        for (int i = 0; i < 5; i++) {
            assertFalse(row(robot, i).lookup(".arrow-time").isVisible(), "row " + i);
        }
        assertEquals("GET /chat", row(robot, 0).getAccessibleText());
    }

    /**
     * The row at {@code index}, scrolled into view: the timeline shows three or four rows over a handshake's first view
     * at 1280×800 (the inspector has its eight lines whole).
     */
    private ArrowCell row(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.timeline().list().scrollTo(index));
        return cells(robot).stream().filter(c -> c.getIndex() == index).findFirst().orElseThrow(() -> new AssertionError("row " + index + " not drawn"));
    }

    /** The rows' cells as drawn: after a pulse has laid out the rows the list holds now. */
    private List<ArrowCell> cells(FxRobot robot) {
        NextPulse.await(window.root().getScene());
        return robot.lookup(".arrow-cell").queryAllAs(ArrowCell.class).stream()
                .filter(c -> c.getItem() != null && !c.isEmpty())
                .sorted(Comparator.comparingInt(ArrowCell::getIndex)).toList();
    }
}
