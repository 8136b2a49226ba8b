package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window fills the screen's visual bounds and its type grows with the screen. */
class WindowSizeTest {
    @Test
    void aSmallScreenIsFilledAtTheDefaultType() {
        assertEquals(new WindowSize(1024, 768, 16), WindowSize.forScreen(1024, 768));
        assertEquals(new WindowSize(1280, 800, 16), WindowSize.forScreen(1280, 800));
    }

    @Test
    void aFullHdScreenIsFilledAndItsTypeIsLarger() {
        assertEquals(new WindowSize(1920, 1080, 21), WindowSize.forScreen(1920, 1080));
        assertEquals(new WindowSize(1920, 1040, 20), WindowSize.forScreen(1920, 1040), "a panel takes 40 px");
    }

    @Test
    void aNarrowScreenGrowsTheTypeByItsWidth() {
        assertEquals(new WindowSize(1440, 1080, 18), WindowSize.forScreen(1440, 1080));
    }
}
