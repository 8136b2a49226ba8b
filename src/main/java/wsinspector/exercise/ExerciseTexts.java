package wsinspector.exercise;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import wsinspector.explain.Explanations;

/** The exercises' sentences in the reader's language: field names, answer hints, reasoning, errors. */
public final class ExerciseTexts {
    private static final String BUNDLE = "wsinspector.exercise.ExerciseTexts";

    private final ResourceBundle bundle;
    private final Explanations terms;

    private ExerciseTexts(Locale locale) {
        this.terms = Explanations.forLocale(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, terms.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ExerciseTexts forLocale(Locale locale) {
        return new ExerciseTexts(locale);
    }

    public Locale locale() {
        return terms.locale();
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, terms.locale()).format(args);
    }

    public String name(Blank blank) {
        return text("blank." + blank.code());
    }

    /** What the student is asked, e.g. "Payload byte 3, unmasked (hex)". */
    public String prompt(Question q) {
        String hint = text("form." + q.blank().form().name().toLowerCase(Locale.ROOT));
        return q.blank() == Blank.PAYLOAD_BYTE
                ? text("prompt.payloadByte", q.index(), hint)
                : text("prompt", name(q.blank()), hint);
    }

    public String reasoning(Reasoning r) {
        Object[] args = r.args().stream()
                .map(a -> a instanceof Reasoning.Term t ? terms.text(t.key()) : a)
                .toArray();
        return text(r.key(), args);
    }

    /** The verdict on one answer with why the right answer is right. */
    public String verdict(Check c) {
        String head = switch (c.outcome()) {
            case RIGHT -> text("check.right");
            case WRONG -> text("check.wrong", c.given(), c.question().answer());
            case UNREADABLE -> text("check.unreadable", c.given(), text("form."
                    + c.question().blank().form().name().toLowerCase(Locale.ROOT)), c.question().answer());
            case EMPTY -> text("check.empty", c.question().answer());
        };
        return head + " " + reasoning(c.question().why());
    }

    public String error(ExerciseException e) {
        return reasoning(e.reason());
    }
}
