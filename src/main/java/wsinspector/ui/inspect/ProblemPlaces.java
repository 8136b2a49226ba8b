package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;

/**
 * Which field each broken rule is shown at. The dissector attaches a problem to the deepest field
 * holding its byte; in the first two bytes of a frame several bit fields share a byte, so a reserved
 * opcode would land on FIN. Here a problem found on a bit field moves to the bit field its rule is
 * about (the opcode, the RSV bit that is set, MASK, the length), so that the marks stand where a
 * student looks for them.
 */
final class ProblemPlaces {
    private final Map<Field, List<Problem>> byField = new IdentityHashMap<>();

    private ProblemPlaces() {
    }

    static ProblemPlaces of(Message m) {
        ProblemPlaces places = new ProblemPlaces();
        if (m == null) {
            return places;
        }
        List<Field> all = m.root().flatten();
        for (Field f : all) {
            for (Problem p : f.problems()) {
                Field home = f.isBits() ? bitHome(all, f, p) : f;
                places.byField.computeIfAbsent(home, k -> new ArrayList<>()).add(p);
            }
        }
        return places;
    }

    /** The problems shown at this field (empty when none). */
    List<Problem> at(Field f) {
        return byField.getOrDefault(f, List.of());
    }

    /** The field a problem is shown at. */
    Field fieldOf(Problem p) {
        for (Map.Entry<Field, List<Problem>> e : byField.entrySet()) {
            if (e.getValue().contains(p)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Fields with problems, in tree order. */
    List<Field> fields(Message m) {
        return m.root().flatten().stream().filter(byField::containsKey).toList();
    }

    /** RFC 6455 §5.2: the bit field of the frame header a frame rule is about. */
    static Field bitHome(List<Field> all, Field holder, Problem p) {
        String id = p.rule().id();
        String key;
        if (id.startsWith("rsv1-")) {
            key = "frame.rsv1";
        } else if (id.startsWith("rsv")) {
            key = all.stream().filter(f -> f.key().startsWith("frame.rsv") && "1".equals(f.value()))
                    .map(Field::key).findFirst().orElse("frame.rsv1");
        } else if (id.contains("opcode") || id.startsWith("continuation") || id.startsWith("data-frame")) {
            key = "frame.opcode";
        } else if (id.contains("masked") || id.contains("unmasked")) {
            key = "frame.mask";
        } else if (id.contains("length") || id.equals("control-frame-too-long")) {
            key = "frame.length7";
        } else if (id.equals("control-frame-fragmented")) {
            key = "frame.fin";
        } else {
            return holder;
        }
        return all.stream().filter(f -> f.key().equals(key)).findFirst().orElse(holder);
    }
}
