package wsinspector.exercise;

/**
 * One thing an exercise asks: which field, where its bytes are in the message, the right answer in
 * its canonical form ({@link AnswerForm#read}), and why it is right.
 *
 * @param offset    first byte of the field in the message's bytes
 * @param length    number of bytes the field covers
 * @param bitOffset first bit within the first byte (0 = most significant), -1 for whole bytes
 * @param bitLength number of bits, -1 for whole bytes
 * @param index     which payload byte a {@link Blank#PAYLOAD_BYTE} question asks for, else -1
 */
public record Question(Blank blank, int offset, int length, int bitOffset, int bitLength, int index,
                       String answer, Reasoning why) {

    /** Whether the student's input is the right answer, read in the blank's form. */
    public Check check(String input) {
        return blank.form().read(input)
                .map(given -> new Check(this, input.strip(), given.equals(answer) ? Check.Outcome.RIGHT : Check.Outcome.WRONG))
                .orElseGet(() -> new Check(this, input == null ? "" : input.strip(),
                        input == null || input.isBlank() ? Check.Outcome.EMPTY : Check.Outcome.UNREADABLE));
    }

    /** Whether the byte at {@code i} of the message is blanked for this question. */
    public boolean blanks(int i) {
        return blank.task() == Blank.Task.COMPUTE && i >= offset && i < offset + length;
    }
}
