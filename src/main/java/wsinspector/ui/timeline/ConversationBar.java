package wsinspector.ui.timeline;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * Over the timeline: the conversation on screen (a chooser of all of them) and how many messages it holds, side
 * by side; in a narrow timeline (beside the projector's stepper) the count goes under the chooser rather than
 * cutting the conversation's name.
 */
public final class ConversationBar extends Region {
    private final ComboBox<Conversation> chooser;
    private final Label count = new Label();

    public ConversationBar(I18n i18n, Session session, TimelineView timeline) {
        chooser = new ComboBox<>(session.conversations());
        chooser.setId("conversation-chooser");
        chooser.valueProperty().bindBidirectional(session.currentProperty());
        chooser.setCellFactory(v -> new ConversationCell(i18n));
        ConversationCell shown = new ConversationCell(i18n, "timeline.noConversation");
        // a long name (a capture's long file name, a stream between two IPv6 addresses) on lines broken at its spaces,
        // whole: cut with «…» at its end the class did not see which stream it was (the bar grows for the lines)
        shown.setWrapText(true);
        chooser.setButtonCell(shown);
        chooser.promptTextProperty().bind(i18n.bind("timeline.noConversation"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(0);
        count.getStyleClass().add("message-count");
        Runnable render = () -> count.setText(i18n.t("timeline.count", timeline.messages().size()));
        new ListFollower<>(timeline.list().itemsProperty(), change -> render.run(), render);
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        getChildren().setAll(chooser, count);
        getStyleClass().add("conversation-bar");
        setMinWidth(0);
    }

    public ComboBox<Conversation> chooser() {
        return chooser;
    }

    /** The gap between the chooser and the count: the bar's font size, as the spacing of an HBox in em would be. */
    private double gap() {
        return count.getFont().getSize() * 0.6;
    }

    /** Whether the chooser, showing its conversation whole, and the count fit side by side in this width. */
    private boolean oneRow(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return width < 0 || chooserWidth() + gap() + count.prefWidth(-1) <= inner;
    }

    /**
     * The chooser's width for the conversation it shows (its own pref width is its longest conversation's): the shown
     * cell, the arrow button and the chooser's border as its skin lays them out. A guess of 2.5 em for the arrow and
     * the border was some 20 px more than they take, and put the count under «Сервер №1 ← 127.0.0.1:42774» in the
     * guided lesson's timeline column at 1280×800, pushing the lifelines' names down (S5).
     */
    private double chooserWidth() {
        javafx.scene.control.ListCell<Conversation> shown = chooser.getButtonCell();
        double cell = shown.prefWidth(-1);
        if (chooser.lookup(".arrow-button") instanceof Region arrow && chooser.getSkin() != null) {
            return cell + arrow.prefWidth(-1) + chooser.snappedLeftInset() + chooser.snappedRightInset() + 1;
        }
        return cell + count.getFont().getSize() * 2.5;   // not skinned yet: a guess of its arrow and border
    }

    /**
     * The chooser's height at {@code width}: its shown name on as many lines as it takes there, between the chooser's
     * borders beside its arrow (the chooser's own height is of one line).
     */
    private double chooserHeight(double width) {
        double oneLine = chooser.prefHeight(-1);
        if (width <= 0 || chooser.getSkin() == null || !(chooser.lookup(".arrow-button") instanceof Region arrow)) {
            return oneLine;
        }
        double cell = width - arrow.prefWidth(-1) - chooser.snappedLeftInset() - chooser.snappedRightInset();
        return Math.max(oneLine, Math.ceil(chooser.getButtonCell().prefHeight(Math.max(0, cell)))
                + chooser.snappedTopInset() + chooser.snappedBottomInset());
    }

    /** The chooser's width in a bar this wide: beside the count, or the whole row over it. */
    private double chooserWidthIn(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return oneRow(width) ? Math.max(0, inner - gap() - count.prefWidth(-1)) : inner;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;   // one row or two, by the width
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        double ch = chooserHeight(chooserWidthIn(getWidth()));
        double cw = count.prefWidth(-1);
        double lh = count.prefHeight(-1);
        if (oneRow(getWidth())) {
            double chooserW = Math.max(0, inner - gap() - cw);
            chooser.resizeRelocate(left, top, chooserW, ch);
            count.resizeRelocate(left + chooserW + gap(), top + (ch - lh) / 2, cw, lh);
        } else {
            chooser.resizeRelocate(left, top, inner, ch);
            count.resizeRelocate(left + Math.max(0, inner - cw), top + ch + gap() / 2, Math.min(cw, inner), lh);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        double ch = width < 0 ? chooser.prefHeight(-1) : chooserHeight(chooserWidthIn(width));
        double rows = oneRow(width) ? Math.max(ch, count.prefHeight(-1)) : ch + gap() / 2 + count.prefHeight(-1);
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + chooserWidth() + gap() + count.prefWidth(-1) + snappedRightInset();
    }
}
