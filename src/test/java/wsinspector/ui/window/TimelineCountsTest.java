package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A capture being read grows the timeline twenty times a second; the window shares its height again only while the
 * count can change the shares (up to what fills the height), not at every batch of a million (each share measured the
 * inspector's styles and texts anew, S15).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class TimelineCountsTest {
    @Test
    void countsPastWhatFillsTheHeightChangeNothingAHeightOrATypeDoes() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ObservableList<String> items = FXCollections.observableArrayList();
            ListView<String> list = new ListView<>(items);
            StackPane height = new StackPane();
            height.resize(800, 700);
            AtomicInteger font = new AtomicInteger(14);
            TimelineCounts counts = new TimelineCounts(items::size, list, height, font::get);
            assertTrue(counts.changed(), "the first time");
            assertFalse(counts.changed(), "nothing changed");
            for (int i = 0; i < 3; i++) {
                items.add("m" + i);
                assertTrue(counts.changed(), "a few rows: each changes the band's share");
            }
            items.addAll(java.util.Collections.nCopies(200, "m"));
            assertTrue(counts.changed(), "more than fill the height now");
            items.addAll(java.util.Collections.nCopies(5000, "m"));
            assertFalse(counts.changed(), "more than fill the height before and now");
            height.resize(800, 70_000);
            assertTrue(counts.changed(), "another height");
            font.set(100);
            assertTrue(counts.changed(), "another type");
        }).get();
    }
}
