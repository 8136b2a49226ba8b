package wsinspector.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student working through a set: which exercise is shown, the last check of each question, and the
 * score. Kept apart from the window so the rules (an answer counts as given once checked; a later
 * check replaces it) are tested without a toolkit.
 */
public final class ExerciseRun {
    private final ExerciseSet set;
    private final List<Exercise> exercises;
    private final Map<Integer, List<Check>> checks = new HashMap<>();
    private int current;

    public ExerciseRun(ExerciseSet set) throws ExerciseException {
        this.set = set;
        List<Exercise> made = new ArrayList<>();
        for (ExerciseSpec spec : set.exercises()) {
            made.add(ExerciseMaker.make(spec));
        }
        if (made.isEmpty()) {
            throw new ExerciseException("error.file.empty");
        }
        this.exercises = List.copyOf(made);
    }

    public ExerciseSet set() {
        return set;
    }

    public int size() {
        return exercises.size();
    }

    public int index() {
        return current;
    }

    public Exercise current() {
        return exercises.get(current);
    }

    public boolean go(int index) {
        if (index < 0 || index >= exercises.size()) {
            return false;
        }
        current = index;
        return true;
    }

    /** Checks the answers to the shown exercise, one per question, in the questions' order. */
    public List<Check> check(List<String> answers) {
        List<Question> questions = current().questions();
        if (answers.size() != questions.size()) {
            throw new IllegalArgumentException(questions.size() + " answers expected, not " + answers.size());
        }
        List<Check> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            out.add(questions.get(i).check(answers.get(i)));
        }
        checks.put(current, List.copyOf(out));
        return out;
    }

    /** The last checks of the shown exercise, empty when not checked yet. */
    public List<Check> checks() {
        return checks.getOrDefault(current, List.of());
    }

    public Score score() {
        int total = exercises.stream().mapToInt(e -> e.questions().size()).sum();
        int right = (int) checks.values().stream().flatMap(List::stream).filter(Check::right).count();
        int checked = checks.values().stream().mapToInt(List::size).sum();
        return new Score(right, checked, total);
    }

    /** Right answers, questions checked, questions in the set. */
    public record Score(int right, int checked, int total) {
        public boolean finished() {
            return checked == total;
        }
    }
}
