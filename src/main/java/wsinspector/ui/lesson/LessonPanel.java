package wsinspector.ui.lesson;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;
import wsinspector.ui.Verdicts;

/**
 * The lesson under the timeline: the counter, Next and Back, the list of steps to jump to, and what the step
 * says, with the field it points at and the bytes that field is on the wire (so projector mode, which hides the
 * inspector, still shows them). Shown while a lesson is on.
 */
public final class LessonPanel extends BorderPane {
    /** The lesson's and the steps' looks (with the live panes', which it imports). */
    public static final String STYLESHEET = LessonPanel.class.getResource("lesson.css").toExternalForm();

    /** The most bytes of a field the step's field line writes out. */
    static final int FIELD_BYTES = 16;
    private final I18n i18n;
    private final Label counter = new Label();
    private final Label lessonName = new Label();
    private final Button next = new Button();
    private final Button back = new Button();
    private final Button exit = new Button();
    private final ComboBox<Integer> jump = new ComboBox<>();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label field = new Label();
    /** The rules the step's message breaks, in words: a step about a broken frame says which rule, on screen. */
    private final Label verdict = new Label();
    private final Label note = new Label();
    /** Counter, Back, Next, the step list, the lesson's name and Exit in one row above the text, which keeps the width. */
    private final FlowPane controls;
    private final VBox content = new VBox(title, text, field, verdict, note);
    private LessonRun run;
    private boolean syncing;
    private Runnable onTextChanged = () -> { };
    /**
     * The window's x at which the row of buttons stood while something (the timeline) stood at the panel's left;
     * -1 before. Where the panel then takes the band's width (a step's view moves the timeline beside it), the row
     * stays there: «Далее» stays under the lecturer's mouse instead of jumping to the window's left edge (W9-6).
     */
    private double controlsX = -1;
    /** Projector mode: the lesson across the band's width over the inspector, in the projector's look (see setProjector). */
    private boolean projector;

    public LessonPanel(I18n i18n, Runnable onExit) {
        this.i18n = i18n;
        getStyleClass().addAll("step-panel", "lesson-panel");
        getStylesheets().add(STYLESHEET);
        setId("lesson-panel");
        counter.getStyleClass().add("lesson-counter");
        counter.setId("lesson-counter");
        lessonName.getStyleClass().add("lesson-name");
        lessonName.setMinWidth(Region.USE_PREF_SIZE);
        next.textProperty().bind(LessonWords.bind(i18n, "panel.next"));
        back.textProperty().bind(LessonWords.bind(i18n, "panel.back"));
        exit.textProperty().bind(LessonWords.bind(i18n, "panel.exit"));
        next.setTooltip(tooltip("panel.next.keys"));
        back.setTooltip(tooltip("panel.back.keys"));
        next.setId("lesson-next");
        back.setId("lesson-back");
        exit.setId("lesson-exit");
        jump.setId("lesson-jump");
        next.getStyleClass().add("accent");
        exit.getStyleClass().add("flat");
        next.setOnAction(e -> run.next());
        back.setOnAction(e -> run.back());
        exit.setOnAction(e -> onExit.run());
        for (Region r : List.<Region>of(next, back, exit, jump)) {
            r.setFocusTraversable(false);
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        jump.setPromptText(LessonWords.of(i18n).t("panel.jump"));
        jump.setCellFactory(list -> new StepCell(false));
        jump.setButtonCell(new StepCell(true));
        jump.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && run != null) {
                run.goTo(now);
            }
        });
        controls = new FlowPane(counter, back, next, jump, exit, lessonName);
        controls.getStyleClass().add("lesson-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        title.getStyleClass().add("step-title");
        title.setId("lesson-title");
        text.getStyleClass().add("step-text");
        text.setId("lesson-text");
        field.getStyleClass().add("lesson-field");
        field.setId("lesson-field");
        verdict.getStyleClass().add("lesson-verdict");
        verdict.setId("lesson-verdict");
        note.getStyleClass().add("live-error");
        note.setId("lesson-note");
        for (Label l : List.of(title, text, field, verdict, note)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        setTop(controls);
        setCenter(scroll);
        i18n.localeProperty().addListener((obs, old, now) -> {
            jump.setPromptText(LessonWords.of(i18n).t("panel.jump"));
            refresh();
        });
    }

    /**
     * Runs after the panel says something else (a step, the wait for one, another language): the window gives it
     * the height its text now wants (a step without new messages changes nothing else the window watches).
     */
    public void setOnTextChanged(Runnable r) {
        onTextChanged = r == null ? () -> { } : r;
    }

    /**
     * In projector mode the lesson stands over the inspector across the band's width, as step mode's (StepPanel): the
     * buttons at its left from the first step on (the timeline is never at its left there, so the row is not indented
     * to where it once stood), the field's line left to the step's view where the step has one (the view names and
     * selects the field's bytes), each line the lesson saves a line more of that view.
     */
    public void setProjector(boolean on) {
        if (on == projector) {
            return;
        }
        projector = on;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("projector"), on);
        controlsX = -1;
        refresh();
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(LessonWords.bind(i18n, key));
        return t;
    }

    /** Shows this lesson being given (its steps, and each as it is taken). */
    void show(LessonRun lessonRun) {
        this.run = lessonRun;
        next.disableProperty().bind(lessonRun.canNextProperty().not());
        back.disableProperty().bind(lessonRun.canBackProperty().not());
        jump.disableProperty().bind(lessonRun.busyProperty());
        syncing = true;
        jump.getItems().setAll(java.util.stream.IntStream.range(0, lessonRun.lesson().steps().size()).boxed().toList());
        syncing = false;
        lessonRun.currentProperty().addListener((obs, old, now) -> {
            if (run == lessonRun) {
                refresh();
            }
        });
        lessonRun.busyProperty().addListener((obs, old, now) -> {
            if (run == lessonRun) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        if (run == null) {
            return;
        }
        say();
        onTextChanged.run();
    }

    private void say() {
        LessonWords words = LessonWords.of(i18n);
        int steps = run.lesson().steps().size();
        LessonRun.Shown shown = run.currentProperty().get();
        lessonName.setText(run.lesson().title().in(i18n.locale()));
        counter.setText(words.t("panel.counter", shown == null ? 0 : shown.index() + 1, steps));
        syncing = true;
        jump.setValue(shown == null ? null : shown.index());
        syncing = false;
        if (shown == null) {
            title.setText("");
            text.setText(words.t(run.busyProperty().get() ? "panel.busy" : "panel.ready"));
            show(field, null);
            show(verdict, null);
            show(note, null);
            return;
        }
        title.setText((shown.index() + 1) + ". " + shown.step().title().in(i18n.locale()));
        text.setText(shown.step().text().in(i18n.locale()));
        Message m = shown.message();
        boolean viewSays = projector && LessonViews.of(shown.step()) != null;
        show(field, m == null || viewSays ? null : fieldLine(words, m, shown.step().field()));
        List<Problem> broken = m == null ? List.of() : m.problems().stream().filter(p -> !p.severity().isRemark()).toList();
        show(verdict, broken.stream().map(p -> Verdicts.marked(i18n, p)).distinct().reduce((a, b) -> a + "\n" + b).orElse(null));
        SeverityLook.apply(verdict, SeverityLook.heaviest(broken).orElse(null));
        String problem = shown.note() != null ? shown.note().in(i18n) : null;
        if (problem == null && m != null && shown.step().field() != null && m.root().find(shown.step().field()).isEmpty()) {
            problem = words.t("note.noField", shown.step().field());
        }
        if (run.busyProperty().get()) {
            problem = words.t("panel.busy");
        }
        show(note, problem);
        note.getStyleClass().setAll("label", run.busyProperty().get() ? "lesson-busy" : "live-error");
    }

    /** "Field Origin: https://mai.ru · bytes 4f 72 69 …", or null when the step names none (or it is not there). */
    private String fieldLine(LessonWords words, Message m, String key) {
        if (key == null) {
            return null;
        }
        Field f = m.root().find(key).orElse(null);
        if (f == null) {
            return null;
        }
        String name = f.name() != null ? f.name() : i18n.explanations().name(f);
        if (f.length() == 0) {
            return words.t("panel.field.derived", name, f.value());
        }
        int start = (int) (f.offset() - m.offset());
        int length = Math.min(f.length(), m.length() - start);
        // the first bytes: a header line's fifty say no more than its text, and took two lines of the lesson
        String onWire = length <= FIELD_BYTES ? Hex.of(m.wire(), start, length)
                : Hex.of(m.wire(), start, FIELD_BYTES) + " … " + words.t("panel.field.count", length);
        // a value that is its bytes (a masking key) is said once
        return onWire.equalsIgnoreCase(f.value()) ? words.t("panel.field.bytes", name, onWire)
                : words.t("panel.field", name, f.value(), onWire);
    }

    private static void show(Label label, String textOrNull) {
        boolean on = textOrNull != null && !textOrNull.isEmpty();
        label.setText(on ? textOrNull : "");
        label.setVisible(on);
        label.setManaged(on);
    }

    @Override
    protected void layoutChildren() {
        keepControlsInPlace();
        super.layoutChildren();
    }

    /** Indents the row of buttons to where it stood beside the timeline, when the panel now starts left of that. */
    private void keepControlsInPlace() {
        if (getScene() == null) {
            return;
        }
        if (projector) {
            if (BorderPane.getMargin(controls) != null) {
                BorderPane.setMargin(controls, null);
            }
            return;
        }
        double x = localToScene(0, 0).getX();
        double indent = 0;
        if (x > counter.getFont().getSize()) {
            controlsX = x;
        } else if (controlsX > x) {
            // as far as the row fits on one line in the width there is (a narrow window keeps it whole, at the left)
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - controls.prefWidth(-1);
            indent = Math.max(0, Math.min(controlsX - x, room));
        }
        Insets margin = BorderPane.getMargin(controls);
        if (margin == null ? indent != 0 : Math.abs(margin.getLeft() - indent) > 0.5) {
            BorderPane.setMargin(controls, indent == 0 ? null : new Insets(0, 0, 0, indent));
        }
    }

    /**
     * The height that shows the step whole at this width, without scrolling (a scroll pane asks its wrapped
     * labels for their height without a width, and gets one line each).
     */
    public double wantedHeight(double width) {
        applyCss();
        double inner = Math.max(100, width - snappedLeftInset() - snappedRightInset());
        if (projector) {
            // the band's width, no scroll bar at its side: the lesson is given its whole height (as StepPanel's)
            return snappedTopInset() + snappedBottomInset() + controls.prefHeight(inner) + content.prefHeight(inner) + 2;
        }
        return snappedTopInset() + snappedBottomInset() + controls.prefHeight(inner) + content.prefHeight(inner - 24) + 8;
    }

    /**
     * A step in the jump list: "3. Origin: where the page came from". The button itself always says "Go to a
     * step": a step's title would not fit the narrow column, and the counter above already says where we are.
     */
    private final class StepCell extends ListCell<Integer> {
        private final boolean button;

        StepCell(boolean button) {
            this.button = button;
            if (button) {
                setWrapText(true);
            }
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (button) {
                setText(LessonWords.of(i18n).t("panel.jump"));
                return;
            }
            if (empty || index == null || run == null) {
                setText(null);
                return;
            }
            setText((index + 1) + ". " + run.lesson().steps().get(index).title().in(i18n.locale()));
        }
    }
}
