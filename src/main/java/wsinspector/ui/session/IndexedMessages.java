package wsinspector.ui.session;

import java.util.List;

import javafx.collections.ObservableListBase;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageIndex;

/**
 * A loaded conversation's messages as the window's list: the rows of a {@link MessageIndex} the window has been told
 * about, each message made when a cell or the inspector asks for it. Why not an array list of messages: a list of a
 * million messages holds a million messages' objects, and the collector copied them while the capture loaded, long
 * enough to stall the window. Read-only for its users; FX thread only (the index itself takes the loader's rows).
 */
public final class IndexedMessages extends ObservableListBase<Message> {
    private final MessageIndex index;
    private int shown;

    IndexedMessages(MessageIndex index) {
        this.index = index;
    }

    /** Shows the index's rows up to {@code count} (they are in the index already): one list change. */
    void showUpTo(int count) {
        if (count <= shown) {
            return;
        }
        int from = shown;
        shown = count;
        beginChange();
        nextAdd(from, count);
        endChange();
    }

    @Override
    public Message get(int row) {
        if (row < 0 || row >= shown) {
            throw new IndexOutOfBoundsException("row " + row + " of " + shown);
        }
        return index.get(row);
    }

    @Override
    public int size() {
        return shown;
    }

    /**
     * By identity, not by a walk over every row making its message: a message equals only itself (each has its own
     * tree), and the window asks this of a million rows (the selection after a list change).
     */
    @Override
    public int indexOf(Object o) {
        return o instanceof Message m ? rowOf(m) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /**
     * The row of this very message among the shown ones, from the newest, or -1: what a search by identity over the
     * list finds, without making a message of every row it passes.
     */
    public int rowOf(Message m) {
        return index.rowOf(m, shown);
    }

    /** The row of this very message in a list: fast in an indexed list, a search from the newest in any other. */
    public static int rowOf(Message m, List<? extends Message> rows) {
        if (rows instanceof IndexedMessages indexed) {
            return indexed.rowOf(m);
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i) == m) {
                return i;
            }
        }
        return -1;
    }
}
