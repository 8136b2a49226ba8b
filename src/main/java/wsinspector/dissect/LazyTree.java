package wsinspector.dissect;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A message's field tree, built the first time someone looks at it and then kept. The index of a
 * capture holds each message's offsets, header values and verdicts; a million frames must not cost a
 * million trees when a person looks at a handful (DESIGN.md). Thread-safe: a loader may still be
 * indexing while the window asks for the tree of the selected message.
 */
final class LazyTree implements Supplier<Field> {
    private Supplier<Field> builder;
    private Field tree;

    LazyTree(Supplier<Field> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    @Override
    public synchronized Field get() {
        if (tree == null) {
            tree = builder.get();
            builder = null; // what the builder captured is no longer needed for the tree
        }
        return tree;
    }
}
