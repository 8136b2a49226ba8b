package wsinspector.exercise;

import java.util.List;

/**
 * Why the right answer is right, as data: a sentence key of the exercise bundle and its arguments
 * (bytes, bits, numbers). An argument that is a {@link Term} is a word of the explanations bundle
 * (an opcode's or close code's name), looked up in the reader's language when the sentence is made.
 */
public record Reasoning(String key, List<Object> args) {
    public Reasoning {
        args = List.copyOf(args);
    }

    public static Reasoning of(String key, Object... args) {
        return new Reasoning(key, List.of(args));
    }

    /** A key of the explanations bundle standing for a word in the sentence. */
    public record Term(String key) {
    }
}
