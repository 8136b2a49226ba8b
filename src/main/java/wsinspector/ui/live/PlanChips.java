package wsinspector.ui.live;

import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import wsinspector.net.StepKind;
import wsinspector.ui.I18n;

/**
 * The live step mode's plan as a strip of chips: done, current, to come, and crossed out when a failure made them
 * impossible. Each chip is named ("5. проверка ключа") where the names fit in two lines, three in a wide strip; in a
 * narrower one the chips show their numbers, their names on hover (the current step's name is the title under them):
 * ten named chips in the band's client place at 1280×800 took five lines, the whole height the step had, and its
 * explanation fell below. In the stepper's own column at 1920×1080 (41 em of the chips' type) the card leaves 400 px
 * under it: at two lines the chips were numbers there, a third gives the class their names back; at 1280×800 (36 em)
 * a third line made the card of the request's step scroll.
 */
final class PlanChips extends FlowPane {
    /** The lines the named chips may take before they give way to numbers; in a strip {@link #WIDE_EM} wide, one more. */
    private static final int NAMED_LINES = 2;
    /** A strip this wide in em of the chips' type: the step's card has fewer lines beside it, the names a third line. */
    private static final double WIDE_EM = 38;
    private final I18n i18n;
    private List<StepKind> plan = List.of();
    private int at = -1;
    private Set<Integer> done = Set.of();
    private Set<Integer> cancelled = Set.of();
    /** Whether the chips show numbers (all but the current one), the strip being too narrow for their names. */
    private final BooleanProperty numbered = new SimpleBooleanProperty(this, "numbered");
    /** The chips' width named, side by side, as last measured; -1 before they could be (out of a scene). */
    private double namedWidth = -1;

    PlanChips(I18n i18n) {
        super(6, 6);
        this.i18n = i18n;
        setId("step-plan");
        // a new width may make room for the names again, or take it; the first width known decides at all
        widthProperty().addListener((obs, old, now) -> {
            if (namedWidth < 0 || numbered.get() != wantsNumbers()) {
                render(plan, at, done, cancelled);
            }
        });
    }

    /** Shows the plan with step {@code at} current (-1 before the first). */
    void render(List<StepKind> plan, int at, Set<Integer> done, Set<Integer> cancelled) {
        this.plan = plan;
        this.at = at;
        this.done = done;
        this.cancelled = cancelled;
        getChildren().clear();
        namedWidth = getScene() == null ? -1 : 0;
        for (int i = 0; i < plan.size(); i++) {
            Label chip = new Label(name(i));
            chip.getStyleClass().add("live-chip");
            chip.getStyleClass().add(i == at ? "live-chip-current" : done.contains(i) ? "live-chip-done"
                    : cancelled.contains(i) ? "live-chip-cancelled" : "live-chip-todo");
            chip.setMinWidth(Label.USE_PREF_SIZE);
            getChildren().add(chip);
            if (namedWidth >= 0) {
                chip.applyCss();   // its type and padding, to measure it named
                namedWidth += chip.prefWidth(-1) + getHgap();
            }
        }
        numbered.set(wantsNumbers());
        if (numbered.get()) {
            for (int i = 0; i < plan.size(); i++) {
                Label chip = (Label) getChildren().get(i);
                chip.setText(String.valueOf(i + 1));
                chip.setTooltip(new Tooltip(name(i)));
            }
        }
    }

    /** True while the strip is too narrow for the chips' names: it shows their numbers. */
    ReadOnlyBooleanProperty numberedProperty() {
        return numbered;
    }

    private String name(int i) {
        return i18n.t("live.step.chip", i + 1, i18n.t("live.step.short." + plan.get(i)));
    }

    /** Whether the named chips, as last measured, take more than {@link #NAMED_LINES} lines at the strip's width. */
    private boolean wantsNumbers() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double em = getChildren().isEmpty() ? 16 : ((Label) getChildren().get(0)).getFont().getSize();
        int lines = width >= WIDE_EM * em ? NAMED_LINES + 1 : NAMED_LINES;
        // packing loses up to a chip's width at the end of each line: count a little more than the sum
        return namedWidth > 0 && width > 0 && namedWidth * 1.15 > lines * width;
    }
}
