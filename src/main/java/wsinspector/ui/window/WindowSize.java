package wsinspector.ui.window;

/**
 * The size the window opens at and the type it opens with, for the screen's visual bounds: the screen whole (a
 * 1024×768 projector shows all of it, a 1920×1080 one is not left with a frame of desktop around a window nine tenths
 * its size), and the type grown with the screen from {@link Zoom#DEFAULT} px at 1280×800 (16 px read from the back row
 * of a 1280×800 projector is 21 px on a 1920×1080 one, by the smaller of the two ratios so that a 4:3 screen keeps
 * the width its labels need); never smaller than the default.
 */
record WindowSize(double width, double height, int fontPx) {
    static WindowSize forScreen(double screenWidth, double screenHeight) {
        double grown = Math.min(screenWidth / MainWindow.DEFAULT_WIDTH, screenHeight / MainWindow.DEFAULT_HEIGHT);
        int px = Math.max(Zoom.DEFAULT, Math.min(Zoom.MAX, (int) Math.floor(Zoom.DEFAULT * grown)));
        return new WindowSize(screenWidth, screenHeight, px);
    }
}
