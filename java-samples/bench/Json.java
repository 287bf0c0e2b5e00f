// Json: a small JSON parser (the Are-We-Fast-Yet Json benchmark's task,
// written from its description) parsing a fixed 2.6 KB document into a tree of
// its own value classes: objects with an index of their names in the suite's
// own hash table, arrays in its own Vector. Measures charAt-driven scanning,
// StringBuilder, small-object allocation and virtual calls on the values.
// The result is checked by looking values up in the tree and by a checksum
// over every value.
import harness.Dictionary;
import harness.Vector;

public class Json extends harness.RepeatedBenchmark {
    static abstract class JsonValue {
        JsonObject asObject() { throw new UnsupportedOperationException("Not an object: " + this); }
        JsonArray asArray() { throw new UnsupportedOperationException("Not an array: " + this); }
        String asString() { throw new UnsupportedOperationException("Not a string: " + this); }
        int asInt() { throw new UnsupportedOperationException("Not a number: " + this); }
        /** A hash over the value's whole contents, for the self-check. */
        abstract int checksum();
    }

    static final class JsonObject extends JsonValue {
        final Vector<String> names = new Vector<String>();
        final Vector<JsonValue> values = new Vector<JsonValue>();
        final Dictionary<String, JsonValue> index = new Dictionary<String, JsonValue>();

        void add(String name, JsonValue value) {
            names.append(name);
            values.append(value);
            index.atPut(name, value);
        }

        JsonValue get(String name) { return index.at(name); }
        JsonObject asObject() { return this; }

        int checksum() {
            int h = 7;
            for (int i = 0; i < names.size(); i++) h = h * 31 + names.at(i).hashCode() * 17 + values.at(i).checksum();
            return h;
        }
    }

    static final class JsonArray extends JsonValue {
        final Vector<JsonValue> values = new Vector<JsonValue>();
        int size() { return values.size(); }
        JsonValue get(int i) { return values.at(i); }
        JsonArray asArray() { return this; }

        int checksum() {
            int h = 11;
            for (int i = 0; i < values.size(); i++) h = h * 37 + values.at(i).checksum();
            return h;
        }
    }

    static final class JsonString extends JsonValue {
        final String value;
        JsonString(String value) { this.value = value; }
        String asString() { return value; }
        int checksum() { return value.hashCode(); }
    }

    static final class JsonNumber extends JsonValue {
        final String text; // kept as written, as minimal parsers do
        JsonNumber(String text) { this.text = text; }
        int asInt() { return Integer.parseInt(text); }
        int checksum() { return text.hashCode() ^ 0x5bd1e995; }
    }

    static final class JsonLiteral extends JsonValue {
        static final JsonLiteral TRUE = new JsonLiteral("true"), FALSE = new JsonLiteral("false"), NULL = new JsonLiteral("null");
        final String text;
        private JsonLiteral(String text) { this.text = text; }
        int checksum() { return text.length() * 101; }
    }

    static final class ParseException extends RuntimeException {
        ParseException(String message, int offset) { super(message + " at offset " + offset); }
    }

    /** A recursive-descent parser over one string (RFC 8259's grammar). */
    static final class Parser {
        private final String input;
        private int pos;
        private final StringBuilder buffer = new StringBuilder();

        Parser(String input) { this.input = input; }

        JsonValue parse() {
            skipWhiteSpace();
            JsonValue result = readValue();
            skipWhiteSpace();
            if (pos != input.length()) throw new ParseException("Unexpected character", pos);
            return result;
        }

        private int peek() { return pos < input.length() ? input.charAt(pos) : -1; }

        private JsonValue readValue() {
            int c = peek();
            switch (c) {
                case 'n': readWord("null"); return JsonLiteral.NULL;
                case 't': readWord("true"); return JsonLiteral.TRUE;
                case 'f': readWord("false"); return JsonLiteral.FALSE;
                case '"': return new JsonString(readString());
                case '[': return readArray();
                case '{': return readObject();
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return readNumber();
                    throw new ParseException("Expected a value", pos);
            }
        }

        private void readWord(String word) {
            if (!input.startsWith(word, pos)) throw new ParseException("Expected '" + word + "'", pos);
            pos += word.length();
        }

        private JsonArray readArray() {
            pos++; // '['
            JsonArray array = new JsonArray();
            skipWhiteSpace();
            if (readChar(']')) return array;
            do {
                skipWhiteSpace();
                array.values.append(readValue());
                skipWhiteSpace();
            } while (readChar(','));
            if (!readChar(']')) throw new ParseException("Expected ',' or ']'", pos);
            return array;
        }

        private JsonObject readObject() {
            pos++; // '{'
            JsonObject object = new JsonObject();
            skipWhiteSpace();
            if (readChar('}')) return object;
            do {
                skipWhiteSpace();
                if (peek() != '"') throw new ParseException("Expected a name", pos);
                String name = readString();
                skipWhiteSpace();
                if (!readChar(':')) throw new ParseException("Expected ':'", pos);
                skipWhiteSpace();
                object.add(name, readValue());
                skipWhiteSpace();
            } while (readChar(','));
            if (!readChar('}')) throw new ParseException("Expected ',' or '}'", pos);
            return object;
        }

        private String readString() {
            pos++; // '"'
            buffer.setLength(0);
            while (true) {
                if (pos >= input.length()) throw new ParseException("Unterminated string", pos);
                char c = input.charAt(pos++);
                if (c == '"') return buffer.toString();
                if (c == '\\') readEscape();
                else if (c < 0x20) throw new ParseException("Control character in string", pos - 1);
                else buffer.append(c);
            }
        }

        private void readEscape() {
            if (pos >= input.length()) throw new ParseException("Unterminated escape", pos);
            char c = input.charAt(pos++);
            switch (c) {
                case '"': case '/': case '\\': buffer.append(c); break;
                case 'b': buffer.append('\b'); break;
                case 'f': buffer.append('\f'); break;
                case 'n': buffer.append('\n'); break;
                case 'r': buffer.append('\r'); break;
                case 't': buffer.append('\t'); break;
                case 'u': {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = pos < input.length() ? Character.digit(input.charAt(pos), 16) : -1;
                        if (d < 0) throw new ParseException("Expected a hexadecimal digit", pos);
                        code = code * 16 + d;
                        pos++;
                    }
                    buffer.append((char) code);
                    break;
                }
                default: throw new ParseException("Expected a valid escape sequence", pos - 1);
            }
        }

        private JsonNumber readNumber() {
            int start = pos;
            readChar('-');
            int first = peek();
            if (!readDigit()) throw new ParseException("Expected a digit", pos);
            if (first != '0') while (readDigit()) { }
            if (readChar('.')) {
                if (!readDigit()) throw new ParseException("Expected a digit", pos);
                while (readDigit()) { }
            }
            if (readChar('e') || readChar('E')) {
                if (!readChar('+')) readChar('-');
                if (!readDigit()) throw new ParseException("Expected a digit", pos);
                while (readDigit()) { }
            }
            return new JsonNumber(input.substring(start, pos));
        }

        private boolean readChar(char c) {
            if (peek() != c) return false;
            pos++;
            return true;
        }

        private boolean readDigit() {
            int c = peek();
            if (c < '0' || c > '9') return false;
            pos++;
            return true;
        }

        private void skipWhiteSpace() {
            while (true) {
                int c = peek();
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                pos++;
            }
        }
    }

    /** The document: a UI protocol message (a head and a list of operations), written for this benchmark. */
    static final String DOCUMENT =
        "{\"head\":{\"requestCounter\":4,\"session\":\"c0ffee-5e55-10n\",\"timestamp\":1718035200123},"
        + "\"operations\":["
        + "[\"destroy\",\"w54\"],"
        + "[\"set\",\"w2\",{\"activeControl\":\"w99\",\"focus\":true}],"
        + "[\"set\",\"w21\",{\"customVariant\":\"variant_navigation\",\"bounds\":[0,0,1280,42]}],"
        + "[\"set\",\"w28\",{\"customVariant\":\"variant_selected\",\"text\":\"Bestellungen \\u00fcbersicht\"}],"
        + "[\"set\",\"w53\",{\"children\":[\"w95\"],\"minimumSize\":[-1,-1.5e2],\"weight\":0.25}],"
        + "[\"create\",\"w95\",\"rwt.widgets.Composite\",{\"parent\":\"w53\",\"style\":[\"NONE\"],"
        + "\"bounds\":[0,0,1008,586],\"children\":[\"w96\",\"w97\"],\"tabIndex\":-1,\"clientArea\":[0,0,1008,586]}],"
        + "[\"create\",\"w96\",\"rwt.widgets.Label\",{\"parent\":\"w95\",\"style\":[\"NONE\"],"
        + "\"bounds\":[10,30,112,26],\"tabIndex\":-1,\"customVariant\":\"variant_pageHeadline\","
        + "\"text\":\"TableViewer \\\"demo\\\"\\n\\ttab\\\\slash\\/\"}],"
        + "[\"create\",\"w97\",\"rwt.widgets.Composite\",{\"parent\":\"w95\",\"style\":[\"NONE\"],"
        + "\"bounds\":[0,61,1008,525],\"children\":[\"w98\",\"w99\",\"w226\",\"w228\"],\"tabIndex\":-1,"
        + "\"clientArea\":[0,0,1008,525]}],"
        + "[\"create\",\"w98\",\"rwt.widgets.Text\",{\"parent\":\"w97\",\"style\":[\"LEFT\",\"SINGLE\",\"BORDER\"],"
        + "\"bounds\":[10,10,988,32],\"tabIndex\":22,\"activeKeys\":[\"#13\",\"#27\",\"#40\"],"
        + "\"message\":\"Enter search text\",\"editable\":true,\"readOnly\":false,\"maxLength\":null}],"
        + "[\"listen\",\"w98\",{\"KeyDown\":true,\"Modify\":true}],"
        + "[\"create\",\"w99\",\"rwt.widgets.Grid\",{\"parent\":\"w97\",\"style\":[\"SINGLE\",\"BORDER\"],"
        + "\"appearance\":\"table\",\"indentionWidth\":0,\"treeColumn\":-1,\"markupEnabled\":false}],"
        + "[\"create\",\"w100\",\"rwt.widgets.ScrollBar\",{\"parent\":\"w99\",\"style\":[\"HORIZONTAL\"]}],"
        + "[\"create\",\"w101\",\"rwt.widgets.ScrollBar\",{\"parent\":\"w99\",\"style\":[\"VERTICAL\"]}],"
        + "[\"set\",\"w99\",{\"bounds\":[10,52,988,402],\"children\":[],\"tabIndex\":23,\"activeKeys\":"
        + "[\"CTRL+#70\",\"CTRL+#78\",\"CTRL+#82\",\"CTRL+#89\",\"CTRL+#83\",\"CTRL+#71\",\"CTRL+#69\"],"
        + "\"cancelKeys\":[\"CTRL+#70\",\"CTRL+#78\"]}],"
        + "[\"listen\",\"w99\",{\"MouseDown\":true,\"MouseUp\":true,\"MouseDoubleClick\":true,\"KeyDown\":true}],"
        + "[\"set\",\"w99\",{\"itemCount\":118,\"itemHeight\":28,\"itemMetrics\":[[0,0,50,3,0,3,44],"
        + "[1,50,50,53,0,53,44],[2,100,140,103,0,103,134],[3,240,180,243,0,243,174],[4,420,50,423,0,423,44],"
        + "[5,470,50,473,0,473,44]],\"columnCount\":6,\"headerHeight\":35,\"headerVisible\":true,"
        + "\"linesVisible\":true,\"focusItem\":\"w108\",\"selection\":[\"w108\"]}],"
        + "[\"listen\",\"w99\",{\"Selection\":true,\"DefaultSelection\":true}],"
        + "[\"set\",\"w99\",{\"enableCellToolTip\":true}],"
        + "[\"listen\",\"w100\",{\"Selection\":true}],"
        + "[\"set\",\"w101\",{\"visibility\":true}],"
        + "[\"listen\",\"w101\",{\"Selection\":true}],"
        + "[\"create\",\"w102\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Nr.\",\"width\":50,"
        + "\"moveable\":true,\"alignment\":\"right\",\"left\":0,\"index\":0,\"ratio\":3.14159e-0}],"
        + "[\"call\",\"rwt.client.BrowserNavigation\",\"addToHistory\",{\"entries\":[[\"tableviewer\",\"TableViewer\"]]}]"
        + "]}";

    static final int EXPECTED_OPERATIONS = 23;
    static final int EXPECTED_CHECKSUM = -1609076860;

    public Object benchmark() { return new Parser(DOCUMENT).parse(); }

    public boolean verifyResult(Object result) {
        JsonObject root = ((JsonValue) result).asObject();
        JsonObject head = root.get("head").asObject();
        if (head.get("requestCounter").asInt() != 4) return false;
        JsonArray operations = root.get("operations").asArray();
        if (operations.size() != EXPECTED_OPERATIONS) return false;
        JsonArray label = operations.get(6).asArray();
        String text = label.get(3).asObject().get("text").asString();
        if (!text.equals("TableViewer \"demo\"\n\ttab\\slash/")) return false;
        String umlaut = operations.get(3).asArray().get(2).asObject().get("text").asString();
        if (umlaut.charAt(13) != '\u00fc') return false;
        return root.checksum() == EXPECTED_CHECKSUM;
    }

    public static void main(String[] args) { harness.Run.main(new Json(), args, 1, 1); }
}
