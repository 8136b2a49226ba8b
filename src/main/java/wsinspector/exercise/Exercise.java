package wsinspector.exercise;

import java.util.List;

/** An exercise ready to be answered: the message's bytes, and one question per field asked for. */
public record Exercise(ExerciseSpec spec, List<Question> questions) {
    public Exercise {
        questions = List.copyOf(questions);
    }

    public byte[] bytes() {
        return spec.bytes();
    }

    /** Whether byte {@code i} of the message is shown blank (a field the student computes). */
    public boolean blanked(int i) {
        return questions.stream().anyMatch(q -> q.blanks(i));
    }
}
