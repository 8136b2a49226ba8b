package wsinspector.ui.window;

import java.util.function.IntSupplier;

import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * Tells whether a change of the timeline's messages can change how the window shares its height: the rows the
 * timeline asks for and the rows its list holds matter only up to what fills the height (with the live and the least
 * rows over it); beyond, the band's share and its whole rows stay as they are. A capture being read adds thousands of
 * messages twenty times a second, and each share measures the inspector anew (its styles, its texts' heights), tens
 * of milliseconds of the FX thread each on a cold JVM.
 */
final class TimelineCounts {
    private final IntSupplier rows;
    private final ListView<?> list;
    private final Region height;
    private final IntSupplier fontPx;
    private long seen = -1;

    /**
     * @param rows   the rows the timeline asks for (see {@link WindowLayout})
     * @param height the region whose height the window shares
     */
    TimelineCounts(IntSupplier rows, ListView<?> list, Region height, IntSupplier fontPx) {
        this.rows = rows;
        this.list = list;
        this.height = height;
        this.fontPx = fontPx;
    }

    /** Whether the counts, as far as a share of the height depends on them, differ from the last time this was asked. */
    boolean changed() {
        double row = WindowLayout.ROW_EM * fontPx.getAsInt();
        int cap = (int) Math.ceil(height.getHeight() / Math.max(1, row)) + WindowLayout.LIVE_ROWS + WindowLayout.LEAST_ROWS;
        int held = list.getItems() == null ? 0 : list.getItems().size();
        // the cap too: another height or type moves it
        long now = (long) Math.min(rows.getAsInt(), cap) << 40 | (long) Math.min(held, cap) << 20 | cap;
        boolean changed = now != seen;
        seen = now;
        return changed;
    }
}
