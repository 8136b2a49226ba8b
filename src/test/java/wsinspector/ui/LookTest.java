package wsinspector.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LookTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @Test
    void look() throws Exception {
        WindowFixture.open(window, SamplesTest.COURSE_NOTES);
        java.nio.file.Path out = java.nio.file.Path.of("target", "look", "main.png");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.write(Snapshots.render(window.root().getScene()), out)).get();
        WaitForAsyncUtils.asyncFx(() -> window.setStepMode(true)).get();
        WaitForAsyncUtils.asyncFx(() -> { window.steps().next(); window.steps().next(); }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.write(Snapshots.render(window.root().getScene()), out.resolveSibling("step.png"))).get();
    }
}
