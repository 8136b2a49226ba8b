package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.SampleDumps;

/**
 * Every stylesheet a part of the window carries is also held by the window's {@link KeptStylesheets}, so that taking the
 * part out (a capture's arrangement of the bands, the inspector's parts placed step by step) never makes JavaFX drop the
 * stylesheet and parse it again when the part comes back. A new part with a stylesheet of its own fails here until its
 * stylesheet is kept too.
 */
@Timeout(60)
class KeptStylesheetsTest extends JarWindowTest {
    @Test
    void everyPartsStylesheetIsKeptInTheWindow() throws Exception {
        window = WindowFixture.startAsTheJar(stage, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.root().lookup(".styled-text-area") != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            List<KeptStylesheets> kept = window.root().getChildrenUnmodifiable().stream()
                    .filter(KeptStylesheets.class::isInstance).map(KeptStylesheets.class::cast).toList();
            assertEquals(1, kept.size(), "one node keeps the stylesheets, in the window's root, which never leaves");
            assertEquals(KeptStylesheets.URLS, kept.get(0).getStylesheets());
            TreeSet<String> carried = new TreeSet<>();
            collect(window.root(), carried);
            carried.removeAll(window.root().getScene().getStylesheets());
            assertTrue(carried.size() >= 4, "the live panes, the inspector and the hex area carry stylesheets: " + carried);
            List<String> notKept = new ArrayList<>(carried);
            notKept.removeAll(KeptStylesheets.URLS);
            assertEquals(List.of(), notKept, "stylesheets of parts that are not kept");
        }).get();
    }

    private static void collect(Node node, TreeSet<String> into) {
        if (node instanceof Parent p) {
            into.addAll(p.getStylesheets());
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
