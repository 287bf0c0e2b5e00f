@SuppressWarnings("fallthrough")
public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": return 2;
            case "cherry": return 3;
            case "": return 4;
            case "Aa": return 5;   // "Aa" and "BB" have the same hashCode
            case "BB": return 6;
            case "caf\u00e9": return 7;
            case "日本": return 8;
            default: return 0;
        }
    }

    static String fall(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "one":
                sb.append("1");
            case "two":
                sb.append("2");
                break;
            case "three":
                sb.append("3");
            default:
                sb.append("d");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] inputs = {"apple", "banana", "cherry", "", "Aa", "BB", "AaAa", "BBBB", "café", "日本", "Apple", "durian", "appl" + "e", new String("banana")};
        for (String s : inputs) {
            System.out.println("'" + s + "' hash=" + s.hashCode() + " -> " + classify(s));
        }
        String[] f = {"one", "two", "three", "four"};
        for (String s : f) System.out.println(s + " -> " + fall(s));
        try {
            classify(null);
        } catch (NullPointerException e) {
            System.out.println("null string switch: " + e.getClass().getName());
        }
        StringBuilder built = new StringBuilder();
        built.append('c').append("her").append("ry");
        System.out.println(classify(built.toString()));
        System.out.println("Aa".hashCode() == "BB".hashCode());
    }
}
