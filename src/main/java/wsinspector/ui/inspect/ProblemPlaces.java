package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;

/**
 * Which field each broken rule is shown at: an index of the message's problems by field (the
 * dissector already puts a frame rule's problem on the bit field it concerns), so the tree, the hex,
 * the bits and the problems tab mark the same place.
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
                places.byField.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
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
}
