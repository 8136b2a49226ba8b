package wsinspector.dissect;

import wsinspector.protocol.Rule;

/**
 * What the dissector assumed where a capture is silent: remarks, never broken rules, so a reader
 * knows which part of the dissection rests on an inference rather than on bytes it saw.
 */
public enum InferenceRule implements Rule {
    /**
     * A frame carries RSV1, the client offered permessage-deflate, and the response that would have
     * accepted it is not in the capture: the extension is taken as accepted (RFC 7692 §6).
     */
    DEFLATE_INFERRED("RFC 7692 §6");

    private final String section;

    InferenceRule(String section) {
        this.section = section;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }
}
