import java.util.Arrays;

/** Splitting CSV-ish and other delimited text with String.split's JDK rules. */
public class CsvSplit {
    static void show(String label, String[] parts) {
        System.out.println(label + " (" + parts.length + "): " + Arrays.toString(parts));
    }

    /** A quote-aware CSV field splitter, with a regex for the unquoted fast case. */
    static String[] fields(String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        // split on commas followed by an even number of quotes
        String[] raw = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (int i = 0; i < raw.length; i++) {
            String f = raw[i].trim();
            if (f.startsWith("\"") && f.endsWith("\"") && f.length() >= 2) {
                f = f.substring(1, f.length() - 1).replace("\"\"", "\"");
            }
            raw[i] = f;
        }
        return raw;
    }

    public static void main(String[] args) {
        show("simple", "a,b,c".split(","));
        show("trailing empties removed", "a,b,,c,,,".split(","));
        show("limit -1 keeps them", "a,b,,c,,,".split(",", -1));
        show("limit 2", "a,b,,c,,,".split(",", 2));
        show("limit 1", "a,b,c".split(",", 1));
        show("no match", "abc".split(","));
        show("empty input", "".split(","));
        show("only delimiters", ",,,".split(","));
        show("leading delimiter", ",a,b".split(","));
        show("regex whitespace", "  the quick\tbrown   fox  ".split("\\s+"));
        show("trimmed first", "  the quick\tbrown   fox  ".trim().split("\\s+"));
        show("pipe escaped", "x|y|z".split("\\|"));
        show("dot escaped", "192.168.0.1".split("\\."));
        show("empty regex", "abc".split(""));
        show("zero-width lookahead", "HelloWorldFooBar".split("(?=[A-Z])"));
        show("zero-width at 0", "Abc".split("(?=A)"));
        show("comma with spaces", "a , b,c ,d".split("\\s*,\\s*"));
        show("semicolon limit 3", "k1;k2;k3;k4".split(";", 3));
        show("multi-char", "one::two::three".split("::"));
        show("char class", "a1b22c333d".split("\\d+"));
        show("tab", "col1\tcol2\t\tcol4".split("\t"));
        String[] rows = {
            "id,name,price,qty",
            "1,Widget,9.99,3",
            "2,\"Gadget, large\",19.50,1",
            "3,\"Quote \"\"special\"\"\",0.99,10",
            "4,,5.00,",
        };
        double total = 0;
        for (int r = 1; r < rows.length; r++) {
            String[] f = fields(rows[r]);
            show("row " + r, f);
            double price = Double.parseDouble(f[2]);
            int qty = f[3].isEmpty() ? 0 : Integer.parseInt(f[3]);
            total += price * qty;
        }
        System.out.println("total = " + total);
        System.out.println(String.join(" | ", fields(rows[2])));
        System.out.println(String.join("/", "usr", "local", "bin"));
    }
}
