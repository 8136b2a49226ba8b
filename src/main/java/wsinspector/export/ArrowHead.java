package wsinspector.export;

/** The triangle at the end of an arrow, the same in SVG and PNG. */
final class ArrowHead {
    static final double LENGTH = 12;
    static final double HALF_WIDTH = 5.5;

    private ArrowHead() {
    }

    /** x0, y0 (the tip), x1, y1, x2, y2. */
    static double[] points(Shape.Line l) {
        double dx = l.x2() - l.x1();
        double dy = l.y2() - l.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = l.x2() - ux * LENGTH;
        double by = l.y2() - uy * LENGTH;
        return new double[] {l.x2(), l.y2(), bx - uy * HALF_WIDTH, by + ux * HALF_WIDTH, bx + uy * HALF_WIDTH,
                by - ux * HALF_WIDTH};
    }
}
