package wsinspector.ui.inspect;

import java.util.function.DoubleSupplier;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Shows one of two arrangements of the same thing by the width it has: the wide one where it fits, the narrow one
 * (taller) elsewhere. Its preferred height at a width is that of the arrangement it would show there, so the inspector
 * gives a view the height it will need before it lays it out (the header's bits beside the live stepper's column).
 */
final class WidthSwitch extends Region {
    private final Region wide;
    private final Region narrow;
    /** The width the wide arrangement needs, measured in its type. */
    private final DoubleSupplier wideNeed;

    WidthSwitch(Region wide, Region narrow, DoubleSupplier wideNeed) {
        this.wide = wide;
        this.narrow = narrow;
        this.wideNeed = wideNeed;
        getChildren().setAll(wide, narrow);
    }

    /** Its height follows its width: a box around it asks the height at the width it gives (not at -1). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    private Region at(double width) {
        return width < 0 || width >= wideNeed.getAsDouble() ? wide : narrow;
    }

    @Override
    protected double computePrefWidth(double height) {
        return narrow.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return narrow.minWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return at(width).prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Region shown = at(getWidth());
        for (Node n : getChildren()) {
            n.setVisible(n == shown);
        }
        shown.resizeRelocate(0, 0, getWidth(), getHeight());
        Region other = shown == wide ? narrow : wide;
        other.resizeRelocate(0, 0, 0, 0);
    }
}
