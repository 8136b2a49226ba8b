package wsinspector.legacy;

import java.util.List;

import wsinspector.protocol.Problem;

/**
 * One hixie-75/76 frame as the {@link LegacyReader} read it: the frame and what it breaks, on its own and after the
 * frames before it.
 *
 * @param frame    the frame as delimited, offsets from the reader's first byte
 * @param problems the rules it breaks ({@link LegacyStreamValidator}), offsets from the reader's first byte
 */
public record JudgedLegacyFrame(LegacyFrame frame, List<Problem> problems) {
}
