package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The listener follows the property from one empty list to another (a change listener would not). */
class ListFollowerTest {
    @Test
    void followsASwitchBetweenTwoEmptyLists() {
        ObservableList<String> first = FXCollections.observableArrayList();
        ObservableList<String> second = FXCollections.observableArrayList();
        ObjectProperty<ObservableList<String>> property = new SimpleObjectProperty<>(first);
        int[] changes = new int[1];
        int[] switches = new int[1];
        new ListFollower<>(property, c -> changes[0]++, () -> switches[0]++);

        property.set(second);
        second.add("live message");
        first.add("old conversation");

        assertEquals(2, switches[0], "the start and one switch");
        assertEquals(1, changes[0], "only the list on screen is heard");
    }
}
