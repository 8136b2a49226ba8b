package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The font size stays between a laptop's 12 px and the back row's 36 px. */
class ZoomTest {
    @Test
    void stepsByTwoPixelsFromSixteen() {
        Zoom zoom = new Zoom();
        assertEquals(16, zoom.size());
        zoom.zoomIn();
        assertEquals(18, zoom.size());
        assertEquals("-fx-font-size: 18px;", zoom.rootStyle());
        zoom.zoomOut();
        zoom.zoomOut();
        assertEquals(14, zoom.size());
        zoom.reset();
        assertEquals(16, zoom.size());
    }

    @Test
    void staysWithinTwelveAndThirtySix() {
        Zoom zoom = new Zoom();
        for (int i = 0; i < 30; i++) {
            zoom.zoomIn();
        }
        assertEquals(36, zoom.size());
        for (int i = 0; i < 30; i++) {
            zoom.zoomOut();
        }
        assertEquals(12, zoom.size());
    }
}
