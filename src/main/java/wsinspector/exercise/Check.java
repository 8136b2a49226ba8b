package wsinspector.exercise;

/** The outcome of checking one answer: right, wrong, not written in the expected form, or not given. */
public record Check(Question question, String given, Outcome outcome) {
    public enum Outcome { RIGHT, WRONG, UNREADABLE, EMPTY }

    public boolean right() {
        return outcome == Outcome.RIGHT;
    }
}
