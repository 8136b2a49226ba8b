package wsinspector.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import wsinspector.ui.I18n;

/** The names over the two lifelines of the timeline, standing where the lifelines stand. */
final class LifelineHeader extends Region {
    private final Label client = new Label();
    private final Label server = new Label();
    private final javafx.beans.property.DoubleProperty scrollBarWidth = new javafx.beans.property.SimpleDoubleProperty();

    LifelineHeader(I18n i18n) {
        getStyleClass().add("lifeline-header");
        client.getStyleClass().add("lifeline-name");
        server.getStyleClass().add("lifeline-name");
        client.textProperty().bind(i18n.bind("timeline.client"));
        server.textProperty().bind(i18n.bind("timeline.server"));
        getChildren().addAll(client, server);
        scrollBarWidth.addListener((obs, old, now) -> requestLayout());
    }

    /** The width the list's scroll bar takes from its rows, so the names stand over the lifelines. */
    javafx.beans.property.DoubleProperty scrollBarWidthProperty() {
        return scrollBarWidth;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - scrollBarWidth.get();
        double h = getHeight();
        place(client, w * ArrowRow.CLIENT_X, w, h);
        place(server, w * ArrowRow.SERVER_X, w, h);
    }

    private void place(Label label, double centre, double w, double h) {
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(-1);
        // a narrow timeline (beside the projector's stepper) would push the name's box against the edge: keep a margin
        double margin = label.getFont().getSize() * 0.4;
        double x = Math.max(margin, Math.min(w - lw - margin, centre - lw / 2));
        label.resizeRelocate(x, (h - lh) / 2, lw, lh);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + client.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return client.prefWidth(-1) + server.prefWidth(-1) + 40;
    }
}
