package wsinspector.net;

import java.util.List;

/** Receives a {@link WireTap}'s events, in batches, in the order they were recorded, on the tap's own thread. */
@FunctionalInterface
public interface TapListener {
    void onEvents(List<TapEvent> batch);
}
