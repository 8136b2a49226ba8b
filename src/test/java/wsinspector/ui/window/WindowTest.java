package wsinspector.ui.window;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of the whole window, 1280×800 and English, shown ({@link WindowFixture#show}) before each test method and
 * closed after it: the setup the window tests that open a capture wrote alike. The window is shown on TestFX's stage
 * in a {@code @BeforeEach}, not a {@code @Start}: TestFX looks for {@code @Start} in the test class itself only.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    /** The window under test; a new one for each test method. */
    protected MainWindow window;

    @BeforeEach
    void showTheWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        window = WaitForAsyncUtils.asyncFx(() -> WindowFixture.show(stage, 1280, 800)).get();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }
}
