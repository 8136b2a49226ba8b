package wsinspector.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScratchFontsTest {
    private MainWindow window;
    @Start void start(Stage stage) { window = WindowFixture.show(stage, 1280, 800); }
    @Test void fonts() throws Exception {
        WindowFixture.open(window, SamplesTest.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(() -> {
            dump(window.inspector(), 0, new java.util.HashSet<>());
        }).get();
        WaitForAsyncUtils.asyncFx(window::close).get();
    }
    static void dump(Node n, int depth, java.util.Set<String> seen) {
        String f = n instanceof Text t ? t.getFont().getSize() + " " + t.getFont().getName() : n instanceof Labeled l ? l.getFont().getSize() + " " + l.getFont().getName() : null;
        String key = n.getStyleClass() + " " + f;
        if (f != null && seen.add(key)) System.out.println("FONT " + n.getClass().getSimpleName() + " " + n.getStyleClass() + " " + f + " h=" + n.getBoundsInParent().getHeight()
            + " parent=" + (n.getParent()==null?"":n.getParent().getStyleClass()));
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) dump(c, depth + 1, seen);
    }
}
