package wsinspector.exercise;

import java.util.List;
import java.util.OptionalLong;

/**
 * Exercises handed out together: a title, the seed a drill was made from (so a class can be given the
 * same set again), and the exercises in order.
 */
public record ExerciseSet(String title, OptionalLong seed, List<ExerciseSpec> exercises) {
    public ExerciseSet {
        title = title == null ? "" : title;
        exercises = List.copyOf(exercises);
    }
}
