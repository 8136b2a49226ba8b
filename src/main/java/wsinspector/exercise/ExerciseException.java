package wsinspector.exercise;

import java.util.List;

/**
 * An exercise that cannot be made or read: the sentence key of the exercise bundle and its
 * arguments, so the message reaches the student in their language.
 */
public final class ExerciseException extends Exception {
    private final transient Reasoning reason;

    public ExerciseException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.reason = Reasoning.of(key, args);
    }

    public Reasoning reason() {
        return reason;
    }
}
