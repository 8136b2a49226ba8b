package wsinspector.exercise;

import java.util.Locale;

/**
 * A field an exercise can ask for. Most are decoded from bytes the student sees ({@link #DECODE});
 * the Sec-WebSocket-Accept value and the legacy length bytes are blanked out of the bytes and
 * computed from the rest of the message ({@link #COMPUTE}), since reading them would be no exercise.
 */
public enum Blank {
    FIN(AnswerForm.BIT, Task.DECODE),
    OPCODE(AnswerForm.NUMBER, Task.DECODE),
    MASK(AnswerForm.BIT, Task.DECODE),
    PAYLOAD_LENGTH(AnswerForm.NUMBER, Task.DECODE),
    MASKING_KEY(AnswerForm.HEX_BYTES, Task.DECODE),
    /** One payload byte after unmasking. */
    PAYLOAD_BYTE(AnswerForm.HEX_BYTES, Task.DECODE),
    CLOSE_CODE(AnswerForm.NUMBER, Task.DECODE),
    ACCEPT(AnswerForm.TEXT, Task.COMPUTE),
    LEGACY_LENGTH(AnswerForm.HEX_BYTES, Task.COMPUTE);

    /** What the student does with the field. */
    public enum Task {
        /** The bytes stay visible; the student reads the value off them. */
        DECODE,
        /** The field's bytes are blanked; the student works them out from the rest. */
        COMPUTE
    }

    private final AnswerForm form;
    private final Task task;

    Blank(AnswerForm form, Task task) {
        this.form = form;
        this.task = task;
    }

    public AnswerForm form() {
        return form;
    }

    public Task task() {
        return task;
    }

    /** The name used in exercise files: {@code payload-length}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The blank an exercise file names, or {@code null}. */
    public static Blank fromCode(String code) {
        for (Blank b : values()) {
            if (b.code().equalsIgnoreCase(code)) {
                return b;
            }
        }
        return null;
    }
}
