package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.explain.Explanations;

/**
 * A message's fields as a table: the colour and name, where it is, its value with what it means, and (in
 * the full form) the explanation for students. Grouping fields with nothing of their own (the frame's
 * header as a whole) are left out: their parts are there.
 */
final class FieldTable {
    private static final int VALUE_LIMIT = 90;

    private FieldTable() {
    }

    static Block.Table of(Message m, FieldColours colours, Words words, boolean explained) {
        List<Block.Column> columns = new ArrayList<>(List.of(
                new Block.Column(words.t("table.field"), 2.3, false),
                new Block.Column(words.t("table.place"), 1.6, false),
                new Block.Column(words.t("table.value"), explained ? 2.4 : 3.2, true)));
        if (explained) {
            columns.add(new Block.Column(words.t("table.explanation"), 5.2, false));
        }
        Explanations ex = words.explanations();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Field f : m.root().flatten()) {
            if (f == m.root() || f.key().equals("frame.header")) {
                continue;
            }
            String meaning = ex.meaning(f);
            String value = Places.cut(f.value(), VALUE_LIMIT) + (meaning == null ? "" : " (" + meaning + ")");
            List<Block.Cell> row = new ArrayList<>(List.of(
                    new Block.Cell(ex.name(f), colours.dark(f), true),
                    Block.Cell.of(Places.of(f, m, words)),
                    Block.Cell.of(value)));
            if (explained) {
                row.add(Block.Cell.of(ex.explain(f)));
            }
            rows.add(row);
        }
        return new Block.Table(columns, rows);
    }
}
