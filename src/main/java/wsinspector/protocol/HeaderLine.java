package wsinspector.protocol;

/**
 * One header line of an HTTP head, as it stood on the wire (RFC 7230 §3.2). A header that is
 * repeated, or whose value is spread over several lines, stays as several {@code HeaderLine}s.
 *
 * @param name        the field name, as written (case preserved)
 * @param value       the field value without the leading and trailing spaces
 * @param offset      where the line starts, counted from the first byte of the head
 * @param length      the length of the line without its line end (CRLF or LF)
 * @param valueOffset where the value starts (after the colon and the spaces), from the first byte of the head
 */
public record HeaderLine(String name, String value, int offset, int length, int valueOffset) {

    /** Whether this line carries the field {@code fieldName} (field names are case-insensitive, RFC 7230 §3.2). */
    public boolean is(String fieldName) {
        return name.equalsIgnoreCase(fieldName);
    }
}
