package wsinspector.ui.timeline;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Keeps a list listener on whatever list a property holds. Needed because a change listener on the
 * property is not told when one empty list replaces another: two empty lists are equal, so no change.
 */
public final class ListFollower<T> {
    private ObservableList<T> current;

    /**
     * @param onSwitch runs after each switch to another list (and once at the start)
     */
    public ListFollower(ObjectProperty<ObservableList<T>> property, ListChangeListener<T> listener, Runnable onSwitch) {
        property.addListener(observable -> {
            ObservableList<T> now = property.get();
            if (now == current) {
                return;
            }
            if (current != null) {
                current.removeListener(listener);
            }
            current = now;
            if (current != null) {
                current.addListener(listener);
            }
            onSwitch.run();
        });
        current = property.get();
        if (current != null) {
            current.addListener(listener);
        }
        onSwitch.run();
    }
}
