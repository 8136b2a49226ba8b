package wsinspector.export;

import java.util.List;

/** A handout laid out: its size in CSS pixels and every shape at its place. */
public record Page(double width, double height, List<Shape> shapes) {
    public Page {
        shapes = List.copyOf(shapes);
    }
}
