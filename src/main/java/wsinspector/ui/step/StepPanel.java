package wsinspector.ui.step;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * The bar of step mode: the counter ("3 / 12"), Back and Next, and what this step teaches, with
 * the bytes it adds. Shown only while step mode is on.
 */
public final class StepPanel extends BorderPane {
    private final I18n i18n;
    private final StepMode steps;
    private final Label counter = new Label();
    /** The lesson of the page shown (one: a step with two turns the page, see {@link StepMode}). */
    private final HBox lessons = new HBox();
    private final Label bytes = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button exit = new Button();
    private final VBox lessonBox = new VBox(lessons, bytes);
    private VBox controls;
    private final ScrollPane lessonScroll = new ScrollPane();

    public StepPanel(I18n i18n, StepMode steps, Runnable onExit) {
        this.i18n = i18n;
        this.steps = steps;
        getStyleClass().add("step-panel");
        counter.getStyleClass().add("step-counter");
        bytes.getStyleClass().add("step-bytes");
        bytes.setWrapText(true);
        bytes.setMaxWidth(Double.MAX_VALUE);
        lessons.getStyleClass().add("step-lessons");

        back.textProperty().bind(i18n.bind("step.back"));
        next.textProperty().bind(i18n.bind("step.next"));
        exit.textProperty().bind(i18n.bind("step.exit"));
        back.setTooltip(tooltip("step.back.keys"));
        next.setTooltip(tooltip("step.next.keys"));
        next.setDefaultButton(false);
        next.getStyleClass().add("accent");
        back.setOnAction(e -> steps.back());
        next.setOnAction(e -> steps.next());
        exit.setOnAction(e -> onExit.run());
        back.disableProperty().bind(steps.positionProperty().isEqualTo(0));
        next.disableProperty().bind(steps.canNextProperty().not());
        for (Button b : List.of(back, next, exit)) {
            b.setFocusTraversable(false);
        }

        // one above the other: a narrow column leaves the lessons the width they need in large type
        VBox buttons = new VBox(next, back);
        next.setMaxWidth(Double.MAX_VALUE);
        back.setMaxWidth(Double.MAX_VALUE);
        buttons.getStyleClass().add("step-buttons");
        exit.getStyleClass().add("flat");
        exit.setMaxWidth(Double.MAX_VALUE);
        exit.setWrapText(true);
        exit.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);   // "Выйти из пошагового режима" on two lines: the lessons keep the width
        controls = new VBox(counter, buttons, exit);
        controls.getStyleClass().add("step-controls");
        controls.setAlignment(Pos.TOP_CENTER);

        lessonScroll.setContent(lessonBox);
        lessonScroll.setFitToWidth(true);
        lessonScroll.getStyleClass().add("step-scroll");
        setLeft(controls);
        setCenter(lessonScroll);

        steps.positionProperty().addListener((obs, old, now) -> refresh());
        steps.pageProperty().addListener((obs, old, now) -> refresh());
        steps.totalProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        return t;
    }

    void refresh() {
        counter.setText(steps.counter());
        lessons.getChildren().clear();
        for (String key : steps.lessonKeys()) {
            Label title = new Label(i18n.t(key + ".title"));
            title.getStyleClass().add("step-title");
            title.setWrapText(true);
            // wraps after the GUID's dashes, adding nothing to the text (W6-3)
            Prose text = new Prose(i18n.t(key + ".explain"), "step-text");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setStyle("-fx-padding: 0 0 0.5em 0;");   // the room under the text that .step-text gives a label
            VBox lesson = new VBox(title, text);
            lesson.setPrefWidth(0);   // the lessons share the width equally
            HBox.setHgrow(lesson, javafx.scene.layout.Priority.ALWAYS);
            lessons.getChildren().add(lesson);
        }
        Message m = steps.currentProperty().get();
        if (m == null) {
            bytes.setText(i18n.t("step.nothingYet"));
        } else {
            String dir = i18n.t(m.direction() == wsinspector.dissect.Direction.CLIENT_TO_SERVER
                    ? "step.dir.c2s" : "step.dir.s2c");
            // a SYN or FIN carries no byte of the conversation, a gap none recorded: "0 bytes …:" said nothing
            if (m instanceof wsinspector.dissect.ConnectionEventMessage e) {
                bytes.setText(i18n.t("step.bytes.event", i18n.t("event." + e.event().code())));
            } else if (m instanceof wsinspector.dissect.GapMessage g) {
                bytes.setText(i18n.t("step.bytes.gap", g.missingBytes(), dir));
            } else {
                bytes.setText(i18n.t("step.bytes", m.length(), dir, Hex.preview(m.wire())));
            }
        }
    }

    /**
     * The height that shows the step's lesson whole at this width, without scrolling (a scroll pane
     * asks its wrapped labels for their height without a width, and gets one line each).
     */
    public double wantedHeight(double width) {
        applyCss();
        double text = width - snappedLeftInset() - snappedRightInset() - controls.prefWidth(-1) - 24;
        double lessonHeight = lessonBox.prefHeight(Math.max(100, text));
        // the controls at their own width: "Выйти из пошагового режима" wraps there, and prefHeight(-1) counts one line
        double controlsHeight = controls.prefHeight(controls.prefWidth(-1));
        return snappedTopInset() + snappedBottomInset() + Math.max(controlsHeight, lessonHeight) + 8;
    }

    /** Whether the lesson on screen is taller than its place (the back row would not see its end). */
    public boolean lessonScrolls() {
        return lessonBox.getHeight() > lessonScroll.getViewportBounds().getHeight() + 0.5;
    }

    public Label counterLabel() {
        return counter;
    }
}
