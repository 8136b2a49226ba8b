package wsinspector.ui.exercise;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.exercise.Check;
import wsinspector.exercise.Exercise;
import wsinspector.exercise.ExerciseRun;
import wsinspector.exercise.Question;

/**
 * One exercise of a set at a time: what the message is, its bytes with the blanks, a field per
 * question, Check (Enter), and the verdicts with their reasoning; Back / Next (PageUp / PageDown)
 * move through the set, the score below counts the answers checked.
 */
final class ExercisePane extends BorderPane {
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN);
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.PAGE_UP);

    private final ExerciseRun run;
    private final ExerciseLabels labels;
    private final VBox body = new VBox(14);
    private final Label position = new Label();
    private final Label score = new Label();
    private final Button check = new Button();
    private final Button back = new Button();
    private final Button next = new Button();
    private final List<TextField> answers = new ArrayList<>();
    private final List<Label> verdicts = new ArrayList<>();

    ExercisePane(ExerciseRun run, ExerciseLabels labels) {
        this.run = run;
        this.labels = labels;
        getStyleClass().add("exercise-pane");
        setId("exercise-pane");
        position.setId("exercise-position");
        position.getStyleClass().add("exercise-position");
        score.setId("exercise-score");
        score.setWrapText(true);
        check.setId("exercise-check");
        check.setDefaultButton(true);
        check.setOnAction(e -> check());
        back.setId("exercise-back");
        back.setOnAction(e -> go(run.index() - 1));
        next.setId("exercise-next");
        next.setOnAction(e -> go(run.index() + 1));
        check.textProperty().bind(labels.bind("button.check"));
        back.textProperty().bind(labels.bind("button.back"));
        next.textProperty().bind(labels.bind("button.next"));

        body.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setTop(position);
        BorderPane.setMargin(position, new Insets(12, 16, 0, 16));
        setCenter(scroll);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(score, Priority.SOMETIMES);
        HBox buttons = new HBox(10, back, next, gap, score, check);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        setBottom(buttons);
        setOnKeyPressed(e -> {
            if (NEXT.match(e)) {
                go(run.index() + 1);
                e.consume();
            } else if (BACK.match(e)) {
                go(run.index() - 1);
                e.consume();
            }
        });
        labels.i18n().localeProperty().addListener((obs, old, now) -> show());
        show();
    }

    ExerciseRun run() {
        return run;
    }

    List<TextField> answerFields() {
        return List.copyOf(answers);
    }

    List<Label> verdictLabels() {
        return List.copyOf(verdicts);
    }

    Label scoreLabel() {
        return score;
    }

    void go(int index) {
        if (run.go(index)) {
            show();
        }
    }

    void check() {
        List<Check> checks = run.check(answers.stream().map(TextField::getText).toList());
        showVerdicts(checks);
        showScore();
    }

    /** Builds the shown exercise again, keeping what was typed and checked. */
    private void show() {
        List<String> typed = answers.stream().map(TextField::getText).toList();
        boolean same = !answers.isEmpty() && answers.get(0).getUserData() == run.current();
        Exercise e = run.current();
        position.setText(labels.t("exercise.position", run.index() + 1, run.size())
                + (run.set().title().isEmpty() ? "" : " \u00b7 " + run.set().title()));
        answers.clear();
        verdicts.clear();
        Label what = new Label(describe(e));
        what.setWrapText(true);
        what.getStyleClass().add("exercise-what");
        Label task = new Label(labels.t(e.questions().stream().anyMatch(q -> e.blanked(q.offset()))
                ? "exercise.task.compute" : "exercise.task.decode"));
        task.setWrapText(true);
        GridPane questions = new GridPane();
        questions.setHgap(12);
        questions.setVgap(6);
        questions.getStyleClass().add("exercise-questions");
        int row = 0;
        for (int i = 0; i < e.questions().size(); i++) {
            Question q = e.questions().get(i);
            Label prompt = new Label(labels.texts().prompt(q));
            prompt.setWrapText(true);
            prompt.setMinWidth(Region.USE_PREF_SIZE);
            TextField answer = new TextField(same && i < typed.size() ? typed.get(i) : "");
            answer.setId("answer-" + i);
            answer.setUserData(e);
            answer.setPrefColumnCount(Math.max(8, Math.min(30, q.answer().length() + 4)));
            Label verdict = new Label();
            verdict.setId("verdict-" + i);
            verdict.setWrapText(true);
            verdict.getStyleClass().add("exercise-verdict");
            questions.add(prompt, 0, row);
            questions.add(answer, 1, row++);
            questions.add(verdict, 0, row++, 2, 1);
            answers.add(answer);
            verdicts.add(verdict);
        }
        body.getChildren().setAll(what, ExerciseBytes.of(e, labels), task, questions);
        showVerdicts(run.checks());
        showScore();
        back.setDisable(run.index() == 0);
        next.setDisable(run.index() == run.size() - 1);
        if (!answers.isEmpty()) {
            answers.get(0).requestFocus();
        }
    }

    private String describe(Exercise e) {
        int n = e.bytes().length;
        return switch (e.spec().kind()) {
            case HANDSHAKE_RESPONSE -> labels.t("exercise.kind.handshake-response", e.spec().key());
            case LEGACY_FRAME -> labels.t("exercise.kind.legacy-frame." + e.spec().direction().code(), n);
            default -> labels.t("exercise.kind.frame." + e.spec().direction().code(), n);
        };
    }

    private void showVerdicts(List<Check> checks) {
        for (int i = 0; i < verdicts.size(); i++) {
            Label v = verdicts.get(i);
            v.getStyleClass().removeAll("exercise-right", "exercise-wrong");
            if (i < checks.size()) {
                v.setText(labels.texts().verdict(checks.get(i)));
                v.getStyleClass().add(checks.get(i).right() ? "exercise-right" : "exercise-wrong");
            } else {
                v.setText("");
            }
        }
    }

    private void showScore() {
        ExerciseRun.Score s = run.score();
        score.setText(s.finished() ? labels.t("score.final", s.right(), s.total())
                : labels.t("score", s.right(), s.total(), s.checked()));
    }
}
