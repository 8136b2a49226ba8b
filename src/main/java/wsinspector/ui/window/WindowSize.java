package wsinspector.ui.window;

/**
 * The size the window opens at: the screen whole up to 1280×800 (a 1024×768 projector shows all of
 * it), and on a larger screen nine tenths of it, so a 1920×1080 screen gets 1728×972, not 1280×800.
 */
record WindowSize(double width, double height) {
    static final double SHARE = 0.9;

    static WindowSize forScreen(double screenWidth, double screenHeight) {
        return new WindowSize(side(screenWidth, MainWindow.DEFAULT_WIDTH), side(screenHeight, MainWindow.DEFAULT_HEIGHT));
    }

    private static double side(double screen, double least) {
        return screen <= least ? screen : Math.max(least, Math.floor(screen * SHARE));
    }
}
