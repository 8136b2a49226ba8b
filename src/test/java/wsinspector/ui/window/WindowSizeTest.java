package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowSizeTest {
    @Test
    void aSmallScreenIsFilled() {
        assertEquals(new WindowSize(1024, 768), WindowSize.forScreen(1024, 768));
        assertEquals(new WindowSize(1280, 800), WindowSize.forScreen(1280, 800));
    }

    @Test
    void aLargeScreenGetsNineTenthsOfItNotTheLeastSize() {
        assertEquals(new WindowSize(1728, 972), WindowSize.forScreen(1920, 1080));
        assertEquals(new WindowSize(1280, 800), WindowSize.forScreen(1366, 850), "never below 1280×800 when it fits");
    }
}
