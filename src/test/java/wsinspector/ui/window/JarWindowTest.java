package wsinspector.ui.window;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the window started on TestFX's stage as the jar starts it ({@link WindowFixture#startAsTheJar}, in the test),
 * closed after each test with whatever dialog it left open. The stage is taken in a {@code @BeforeEach}, not a
 * {@code @Start}: TestFX looks for {@code @Start} in the test class itself only.
 */
@ExtendWith(ApplicationExtension.class)
abstract class JarWindowTest {
    protected MainWindow window;
    protected Stage stage;

    @BeforeEach
    void takeTheStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        WindowFixture.closeWithDialogs(stage, window);
    }
}
