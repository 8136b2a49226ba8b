package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.button;
import static wsinspector.ui.live.Widgets.check;
import static wsinspector.ui.live.Widgets.field;
import static wsinspector.ui.live.Widgets.label;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import wsinspector.net.StepKind;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveStepper.AcceptCheck;
import wsinspector.ui.live.LiveStepper.Step;
import wsinspector.ui.step.Prose;

/**
 * The live step mode: Next / Back (and the arrow keys) walk a real connection to the server one step at a time,
 * each step with its explanation and the bytes it puts on the wire; the accept-key step shows the computation.
 */
public final class StepPane extends BorderPane {
    private final I18n i18n;
    private final LiveStepper stepper;

    private final PlanChips planStrip;
    private final Label counter = new Label();
    /** Prose: a long word with dashes (Sec-WebSocket-Accept, the GUID) breaks after a dash, nothing added (W6-3). */
    private final Prose title = new Prose();
    private final VBox lessons = new VBox(4);
    private final Prose detail = new Prose();
    private final VBox accept = new VBox(8);
    private final Label bytesTitle = new Label();
    private final Label bytes = new Label();
    private final ScrollPane scroll = new ScrollPane();
    /**
     * Whether the window's inspector, beside the pane, shows the step's message: the head's lines and the accept
     * computation are there whole, coloured and explained, and the card does not say them twice (at 1280×800 the card
     * with both scrolled, and the inspector under it had 216 px).
     */
    private final BooleanProperty inspected = new SimpleBooleanProperty(this, "inspected");
    /** Projector mode: the card across the window's width over the inspector (see {@link #setProjector}). */
    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
    private Button back;
    private Button next;
    private Button restart;
    private FlowPane controls;

    public StepPane(I18n i18n, LiveSession session) {
        this(i18n, new LiveStepper(session));
    }

    StepPane(I18n i18n, LiveStepper stepper) {
        this.i18n = i18n;
        this.stepper = stepper;
        this.planStrip = new PlanChips(i18n);
        getStyleClass().addAll("live-pane", "live-steps");
        getStylesheets().add(LiveStyles.URL);

        Label note = Widgets.noteLabel(i18n, stepper.noteProperty());
        note.setId("step-error");
        Label heading = label(i18n, "live.step.title", "live-title");
        Label hint = label(i18n, "live.step.hint", "live-hint");
        Form settings = settings();
        // Next and the step's explanation first: before the first step its lesson stands in view in projector mode's
        // large type too; how to step and where to connect follow (the lecturer's, and locked once stepping)
        // and Restart, seldom wanted, last: the step's explanation stands higher in the client's narrow place
        VBox content = new VBox(12, heading, controls(), note, planStrip, shown(), hint, settings);
        // in projector mode the counter says where the lecture is: the chips in large type wrapped into rows of their own
        Widgets.showWhen(planStrip, projector.not());
        content.getStyleClass().add("live-content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // Once a connection is stepped, its settings are locked: they give their room to the step's explanation,
        // which then stands right under Back and Next, in view without scrolling.
        stepper.planProperty().addListener((obs, old, now) -> {
            boolean idle = now.isEmpty();
            for (Node n : List.of(heading, hint, settings)) {
                show(n, idle);
            }
        });

        // Next: → Space PageDown; Back: ← PageUp (a presenter's clicker sends PageDown / PageUp)
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextField) {
                return;
            }
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.PAGE_DOWN) {
                stepper.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                stepper.back();
                e.consume();
            }
        });
        stepper.currentProperty().addListener((obs, old, now) -> render());
        stepper.planProperty().addListener((obs, old, now) -> render());
        stepper.cancelledProperty().addListener((obs, old, now) -> render());
        inspected.addListener((obs, old, now) -> render());
        projector.addListener((obs, old, now) -> render());
        Widgets.onLocale(i18n, this::render);
    }

    /**
     * Projector mode, the card across the window's width over the inspector, as step mode's lesson there: the counter
     * and the buttons in one row (Next first, as step mode's), the plan's chips left to the counter, and the bytes of a
     * message on the wire left to the inspector under it, which shows them with the view the step talks about.
     */
    public void setProjector(boolean on) {
        if (on == projector.get()) {
            return;
        }
        projector.set(on);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("projector"), on);
        controls.getChildren().setAll(on ? List.of(counter, next, back, restart) : List.of(back, next, counter, restart));
    }

    /**
     * The height that shows the card whole at this width, without scrolling (a scroll pane asks its content for its
     * height without a width, and wrapped text then counts one line a paragraph).
     */
    public double wantedHeight(double width) {
        applyCss();
        javafx.scene.layout.Region content = (javafx.scene.layout.Region) scroll.getContent();
        double inner = width - snappedLeftInset() - snappedRightInset() - scroll.snappedLeftInset() - scroll.snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + scroll.snappedTopInset() + scroll.snappedBottomInset()
                + content.prefHeight(Math.max(100, inner)) + 2;
    }

    /** See {@link #inspected}: the window sets it while its inspector is on screen beside the pane. */
    public BooleanProperty inspectedProperty() {
        return inspected;
    }

    public LiveStepper stepper() {
        return stepper;
    }

    private Form settings() {
        Form f = new Form();
        TextField url = field(i18n, "live.client.url.prompt", stepper.urlProperty(), "step-url");
        url.getStyleClass().add("live-mono");
        f.row(label(i18n, "live.client.url", "live-field"), url);
        f.row(label(i18n, "live.step.message", "live-field"), field(i18n, null, stepper.messageProperty(), "step-message"));
        CheckBox notes = check(i18n, "live.step.courseNotes");
        notes.setId("step-course-notes");
        notes.selectedProperty().bindBidirectional(stepper.courseNotesProperty());
        f.row(notes);
        // the settings apply to the next connection: locked while one is in progress
        f.disableProperty().bind(stepper.planProperty().isNotEqualTo(List.of()));
        return f;
    }

    private FlowPane controls() {
        back = button(i18n, "live.step.back", stepper::back, "live-big");
        back.setId("step-back");
        back.disableProperty().bind(stepper.canBackProperty().not());
        next = button(i18n, "live.step.next", stepper::next, "accent", "live-big");
        next.setId("step-next");
        next.disableProperty().bind(stepper.canNextProperty().not());
        counter.getStyleClass().add("live-step-counter");
        counter.setId("step-counter");
        // the numbered plan says as much (its current chip is named) in the narrow place, where the counter took a line
        Widgets.showWhen(counter, planStrip.numberedProperty().not().or(projector));
        // Restart, seldom wanted, in the same row: a row of its own under the card took the height the card needs
        restart = button(i18n, "live.step.restart", stepper::restart);
        restart.setId("step-restart");
        controls = Widgets.buttons(back, next, counter, restart);
        return controls;
    }

    private VBox shown() {
        title.pieceStyle().add("live-step-title");
        title.setId("step-title");
        lessons.setId("step-lessons");
        detail.pieceStyle().add("live-step-detail");
        detail.setId("step-detail");
        accept.setId("step-accept");
        accept.getStyleClass().add("live-accept");
        bytesTitle.getStyleClass().add("live-subtitle");
        bytesTitle.setWrapText(true);   // "182 байт, ещё не отправлены (клиент → сервер)" is long in large type
        bytes.getStyleClass().add("live-step-bytes");
        bytes.setId("step-bytes");
        bytes.setWrapText(true);
        // the explanation first, then the computation and the bytes (which the timeline shows too)
        // close together (a heading just over its text): the card stands whole above the inspector at 1280×800
        VBox box = new VBox(8, title, detail, lessons, accept, bytesTitle, bytes);
        box.getStyleClass().add("live-step-card");
        return box;
    }

    private void render() {
        Step step = stepper.currentProperty().get();
        List<StepKind> plan = stepper.planProperty().get();
        planStrip.render(plan, step == null ? -1 : step.index(),
                stepper.taken().stream().map(Step::index).collect(Collectors.toSet()), stepper.cancelledProperty().get());
        lessons.getChildren().clear();
        accept.getChildren().clear();
        show(accept, false);
        if (step == null) {
            counter.setText("");
            title.setText(i18n.t("live.step.start"));
            detail.setText("");
            bytesTitle.setText("");
            show(bytesTitle, false);
            bytes.setText("");
            show(bytes, false);
            addLesson("lesson.connect");
            return;
        }
        counter.setText(i18n.t("live.step.counter", step.index() + 1, Math.max(plan.size(), step.index() + 1)));
        title.setText(StepTexts.title(i18n, step));
        // a head sent or received is the inspector's message: its lines are there (hex, fields), not twice here
        boolean head = step.kind() == StepKind.SEND_REQUEST || step.kind() == StepKind.RECEIVE_RESPONSE;
        // in projector mode the inspector under the card shows every message: its bytes, their direction and count,
        // what the dissector read (the header's fields, the close code) and the accept computation with its verdict
        boolean wire = head || step.kind() == StepKind.SEND_FRAME || step.kind() == StepKind.RECEIVE_FRAME;
        boolean inInspector = inspected.get() && (head || projector.get() && wire && step.message() != null);
        boolean card = projector.get() && inspected.get()
                && (inInspector || step.kind() == StepKind.VERIFY_ACCEPT) && step.result().ok();
        detail.setText(StepTexts.detail(i18n, step));
        // the request built: its first line, said over its bytes, is the first of them (at 1280×800 the card scrolled)
        boolean bytesSay = projector.get() && step.kind() == StepKind.BUILD_REQUEST && step.result().ok();
        show(detail, !detail.getText().isEmpty() && !card && !bytesSay);
        detail.pieceStyle().remove("live-problem");
        if (!step.result().ok()) {
            detail.pieceStyle().add("live-problem");
        }
        show(bytes, step.result().bytes().length > 0 && !inInspector);
        show(bytesTitle, !(projector.get() && (inInspector || step.result().bytes().length == 0)));
        bytesTitle.setText(StepTexts.bytesTitle(i18n, step));
        bytes.setText(StepTexts.bytes(step));
        if (step.accept() != null && !card) {
            renderAccept(step.accept(), !inspected.get());
        }
        StepTexts.lessons(step).forEach(this::addLesson);
        scroll.setVvalue(0);   // a new step starts at its title
    }

    private void addLesson(String key) {
        // in projector mode the step's title is the card's one heading: the lesson's is a line the view under it needs
        if (!projector.get() || stepper.currentProperty().get() == null) {
            lessons.getChildren().add(new Prose(i18n.t(key + ".title"), "live-subtitle"));
        }
        lessons.getChildren().add(new Prose(i18n.t(key + ".explain"), "live-step-text"));
    }

    /**
     * The five steps of RFC 6455 §4.2.2 item 5.4 and the comparison of §4.1, one row each: each name beside its
     * value in a wide pane, above it in the client's narrow place (the base64 and the GUID do not fit beside).
     */
    private void renderAccept(AcceptCheck check, boolean computation) {
        show(accept, true);
        Label verdict = new Label(i18n.t(check.matches() ? "live.step.accept.equal" : "live.step.accept.differ"));
        verdict.setWrapText(true);
        verdict.getStyleClass().add(check.matches() ? "live-ok" : "live-problem");
        verdict.setId("step-accept-verdict");
        if (!computation) {
            accept.getChildren().add(verdict);   // the inspector's handshake view shows the computation, step by step
            return;
        }
        Form g = new Form();
        acceptRow(g, "accept.key.name", check.computation().key());
        Label guidName = new Label(i18n.t("accept.guid.name"));
        guidName.getStyleClass().add("live-field");
        guidName.setWrapText(true);
        CopyableValue guid = new CopyableValue(i18n, "+ ", check.computation().guid(), "live-step-bytes");
        guid.setId("step-accept-guid");
        g.row(guidName, guid);
        acceptRow(g, "accept.sha1.name", spaced(check.computation().sha1Hex()));
        acceptRow(g, "accept.base64.name", check.computation().accept());
        acceptRow(g, "live.step.accept.received", check.received());
        accept.getChildren().addAll(new Prose(i18n.t("live.step.accept.title"), "live-subtitle"), g, verdict);
    }

    private void acceptRow(Form g, String nameKey, String value) {
        Label name = new Label(i18n.t(nameKey));
        name.getStyleClass().add("live-field");
        name.setWrapText(true);
        Label v = new Label(value);
        v.getStyleClass().add("live-step-bytes");
        v.setWrapText(true);
        g.row(name, v);
    }

    private static String spaced(String hex) {
        return hex.replaceAll("(..)(?!$)", "$1 ");
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
