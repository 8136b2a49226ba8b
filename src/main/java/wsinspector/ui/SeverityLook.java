package wsinspector.ui;

import java.util.Collection;
import java.util.Optional;

import javafx.scene.Node;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * How the window draws a broken rule's weight: the one mapping from {@link Rule.Severity} to a mark and a style
 * class, used by every place that shows a verdict (timeline badge, inspector header, sentences, hex, tree, bits,
 * frame builder). The colours themselves are in {@code severity.css}, one rule per weight, so an error is red, a
 * warning amber and a remark blue wherever they appear, and none of them is the green of "no problems": a remark
 * drawn in the success colour read as "fine", and a frame cut by the capture's end (a warning) looked like one.
 */
public enum SeverityLook {
    /** A MUST is broken: the connection fails. */
    ERROR("severity-error", "⚠"),
    /** A SHOULD, a local limit or a capture that stops: the connection may go on. */
    WARNING("severity-warning", "⚠"),
    /** Nothing is broken, only worth saying (no Origin: not a browser). */
    REMARK("severity-remark", "ℹ");

    /** The stylesheet that gives each weight its colours; added wherever these classes are used. */
    public static final String STYLESHEET = SeverityLook.class.getResource("severity.css").toExternalForm();

    private final String styleClass;
    private final String mark;

    SeverityLook(String styleClass, String mark) {
        this.styleClass = styleClass;
        this.mark = mark;
    }

    public static SeverityLook of(Rule.Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> REMARK;
        };
    }

    public static SeverityLook of(Problem problem) {
        return of(problem.severity());
    }

    /** The heaviest weight among the problems, which a single mark for all of them (a badge, a count) takes. */
    public static Optional<SeverityLook> heaviest(Collection<Problem> problems) {
        SeverityLook heaviest = null;
        for (Problem p : problems) {
            SeverityLook look = of(p);
            if (heaviest == null || look.ordinal() < heaviest.ordinal()) {
                heaviest = look;
            }
        }
        return Optional.ofNullable(heaviest);
    }

    /** The CSS class of this weight, e.g. {@code severity-warning}. */
    public String styleClass() {
        return styleClass;
    }

    /** The sign before a sentence or a count: ⚠ for what breaks or may break, ℹ for a remark. */
    public String mark() {
        return mark;
    }

    /**
     * Gives the node this weight's class and takes away the others' (a reused cell changes weight); the look of
     * none when {@code look} is null. Changes the classes only when they change, so a redrawn cell costs no CSS pass.
     */
    public static void apply(Node node, SeverityLook look) {
        for (SeverityLook other : values()) {
            if (other != look) {
                node.getStyleClass().remove(other.styleClass);
            }
        }
        if (look != null && !node.getStyleClass().contains(look.styleClass)) {
            node.getStyleClass().add(look.styleClass);
        }
    }
}
