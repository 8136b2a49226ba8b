package wsinspector.ui.lesson;

import java.util.List;

/**
 * One step of a lesson: what it does on the live session, what it points at, and what it says.
 *
 * @param title  a short heading (also the step's entry in the list of steps)
 * @param text   the explanation
 * @param action what the step does before it is shown; null for a step that only points at what is there
 * @param pick   the message to select in the timeline; null to leave the selection as it is
 * @param field  the key of the field to highlight in the inspector ({@code header.Origin}, {@code close.code}); null for none
 * @param tab    the inspector's view to open ({@link #TABS}); null to keep the one open
 * @param part   the part of that view the step talks about, to show whole ({@link LessonViews#PARTS}); null for the
 *               view's own choice (see {@link LessonViews#of})
 */
public record LessonStep(Bilingual title, Bilingual text, LessonAction action, MessagePick pick, String field,
                         String tab, String part) {
    /** The inspector's views a step may open. */
    public static final List<String> TABS = List.of("handshake", "bits", "masking", "payload", "legacy", "problems");
}
