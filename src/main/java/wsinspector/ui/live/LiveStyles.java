package wsinspector.ui.live;

/** The live panes' stylesheet (colours only through the theme's looked-up colours, so light and dark both work). */
public final class LiveStyles {
    public static final String URL = LiveStyles.class.getResource("/wsinspector/ui/live/live.css").toExternalForm();

    private LiveStyles() {
    }
}
