package wsinspector.ui.live;

/** The live panes' stylesheet (colours only through the theme's looked-up colours, so light and dark both work). */
final class LiveStyles {
    static final String URL = LiveStyles.class.getResource("/wsinspector/ui/live/live.css").toExternalForm();

    private LiveStyles() {
    }
}
