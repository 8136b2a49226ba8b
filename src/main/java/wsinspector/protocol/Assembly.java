package wsinspector.protocol;

import java.util.List;

/**
 * What {@link MessageAssembler#accept} made of one frame.
 *
 * @param problems  the message-level problems this frame revealed (fragmentation, UTF-8, inflation, limits)
 * @param completed the data message this frame completed, null if it completed none
 */
public record Assembly(List<Problem> problems, AssembledMessage completed) {
    public static final Assembly NOTHING = new Assembly(List.of(), null);

    public Assembly {
        problems = problems.isEmpty() ? List.of() : List.copyOf(problems); // no copy for the common case
    }
}
