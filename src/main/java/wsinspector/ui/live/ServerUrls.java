package wsinspector.ui.live;

import javafx.beans.property.StringProperty;

/** Keeps a URL field pointing at the local echo server while the person has not typed another server's URL. */
final class ServerUrls {
    private ServerUrls() {
    }

    /**
     * @param path what follows the server's {@code ws://host:port/} when the field is empty, e.g. {@code chat}
     * @return whether the field names the local echo server now: empty, or the server's URL as last given (a
     *         stopped server keeps its last URL there), not another server's a person typed
     */
    static java.util.function.BooleanSupplier follow(LiveSession session, StringProperty url, String path) {
        String[] last = {null};
        Runnable update = () -> {
            String now = session.server().urlProperty().get();
            if (now == null) {
                return; // stopped: keep the URL, the next start updates it
            }
            String typed = url.get() == null ? "" : url.get().trim();
            if (typed.isEmpty()) {
                url.set(now + path);
            } else if (last[0] != null && typed.startsWith(last[0])) {
                url.set(now + typed.substring(last[0].length())); // same path, the new port
            }
            last[0] = now;
        };
        session.server().urlProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return () -> {
            String typed = url.get() == null ? "" : url.get().trim();
            return typed.isEmpty() || last[0] != null && typed.startsWith(last[0]);
        };
    }
}
