package wsinspector.ui.inspect;

/**
 * The inspector's view a step talks about (the accept computation, the masking table, the header's bits) and the
 * part of it that must show whole while the step is on screen: the inspector gives that part the height it needs
 * before the hex, the tree and the explanation get theirs (see {@link InspectorFit}).
 *
 * @param id   the tab's id ("handshake", "bits", "masking"…)
 * @param part the style class of the part to show whole: the view's body ({@link #BODY}), or one part of it (the
 *             handshake's accept computation beside or under its lines, {@link #PROOF}; the lines of the message
 *             shown, {@link #LINES_PART})
 */
public record StepTab(String id, String part) {
    /** The body of a tab's view, whole. */
    public static final String BODY = "tab-body";
    /** The accept-key computation in the handshake's view. */
    public static final String PROOF = "proof";
    /** The lines of the message shown in the handshake's view (not the other half's), each with its meaning. */
    public static final String LINES_PART = "hs-section-shown";

    public static final StepTab ACCEPT = new StepTab("handshake", PROOF);
    /** The request's or the answer's header lines, every one a step about them names (Host, Origin, Upgrade…). */
    public static final StepTab LINES = new StepTab("handshake", LINES_PART);
    public static final StepTab MASKING = new StepTab("masking", BODY);
    public static final StepTab BITS = new StepTab("bits", BODY);
}
