package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The live panes keep their least width in em as the type grows; the server folds first, then the client. */
class SideSharesTest {
    private static final double[] DEFAULT = {0.27, 0.73};

    @Test
    void theDefaultTypeKeepsTheShares() {
        SideShares s = SideShares.of(1280, 16, true, true, DEFAULT);
        assertTrue(s.client() && s.server());
        assertArrayEquals(DEFAULT, s.dividers(), 0.001);
    }

    @Test
    void oneZoomStepWidensBothPanesFromTheTimeline() {
        SideShares s = SideShares.of(1280, 18, true, true, DEFAULT);
        assertTrue(s.client() && s.server());
        assertArrayEquals(new double[] {21.5 * 18 / 1280, 1 - 21.5 * 18 / 1280}, s.dividers(), 0.001);
    }

    @Test
    void furtherZoomedTheServerFoldsAndThenTheClient() {
        SideShares twenty = SideShares.of(1280, 20, true, true, DEFAULT);
        assertTrue(twenty.client());
        assertFalse(twenty.server());
        assertArrayEquals(new double[] {21.5 * 20 / 1280}, twenty.dividers(), 0.001);
        SideShares large = SideShares.of(1280, 36, true, true, DEFAULT);
        assertFalse(large.client() || large.server());
    }

    @Test
    void aWideScreenKeepsAllThreeAtLargeType() {
        SideShares s = SideShares.of(1920, 22, true, true, DEFAULT);
        assertTrue(s.client() && s.server());
    }
}
