package wsinspector.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Words as data: a bundle key and the arguments of its pattern, made into a sentence in the reader's language
 * only where it is shown ({@code wsinspector.explain.Explanations#phrase}). The core never builds a sentence:
 * it names one. An argument is literal data shown as it is (a header value, a hex byte), a number (shown in
 * digits, never grouped), or another phrase (a word that is translated too, such as an opcode's name).
 *
 * @param key  the bundle key of the pattern, e.g. {@code detail.reserved-opcode}
 * @param args the pattern's {@code {0}}, {@code {1}}, … in order
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Number || a instanceof Phrase)) {
                throw new IllegalArgumentException("a phrase argument is a String, a Number or a Phrase, not " + a);
            }
        }
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}
