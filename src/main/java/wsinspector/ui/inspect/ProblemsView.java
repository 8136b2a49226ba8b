package wsinspector.ui.inspect;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * The verdicts of one kind on the message, each with the RFC section, the field and the byte where it happened; a
 * click selects that field, so hex and tree show the place. Broken rules (errors, then warnings) and remarks are
 * two views under two tabs: a remark ("no Origin: not a browser") listed under "Violations" read as a fault.
 */
final class ProblemsView {
    /** Which verdicts a view lists. */
    enum Kind {
        /** Errors and warnings: a rule is broken or may be. */
        VIOLATIONS,
        /** Nothing is broken, only worth knowing. */
        REMARKS;

        boolean holds(Problem p) {
            return p.severity().isRemark() == (this == REMARKS);
        }
    }

    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);

    ProblemsView(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select, Kind kind) {
        box.getStyleClass().addAll("tab-body", "problems");
        scroll.setFitToWidth(true);
        if (kind == Kind.REMARKS) {
            Label lead = DetailView.label("remarks-lead");
            lead.setText(i18n.t("inspect.remarks.lead"));
            box.getChildren().add(lead);
        } else if (count(m, places, kind) == 0) {
            Label ok = DetailView.label("problems-none");
            ok.setText("✔ " + i18n.t("inspect.problems.none"));
            box.getChildren().add(ok);
            return;
        }
        // errors first, then warnings: what fails the connection is what a student must see
        for (SeverityLook look : SeverityLook.values()) {
            add(i18n, m, places, select, kind, look);
        }
    }

    /** How many verdicts of this kind the message has, as the view lists them (one per field it is placed at). */
    static long count(Message m, ProblemPlaces places, Kind kind) {
        return places.fields(m).stream().flatMap(f -> places.at(f).stream()).filter(kind::holds).count();
    }

    private void add(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select, Kind kind,
                     SeverityLook look) {
        List<Field> holders = places.fields(m);
        for (Field f : holders) {
            for (Problem p : places.at(f)) {
                if (!kind.holds(p) || SeverityLook.of(p) != look) {
                    continue;
                }
                Label rule = DetailView.label("problem-rule");
                SeverityLook.apply(rule, look);
                rule.setText(Texts.verdict(i18n, p));
                Label place = DetailView.label("problem-place");
                place.setText(i18n.explanations().name(f) + "  ·  " + DetailView.where(i18n, m, f));
                VBox item = new VBox(rule, place);
                item.getStyleClass().add("problem-item");
                item.setOnMouseClicked(e -> select.accept(f));
                box.getChildren().add(item);
            }
        }
    }

    Node node() {
        return scroll;
    }
}
