// cortado: release 17
// Text blocks, `var`, and concatenation with them.
public class TextBlocks {
    public static void main(String[] args) {
        var html = """
            <html>
                <body>"quoted" and \\backslash</body>
            </html>
            """;
        System.out.print(html);
        var joined = """
            one \
            line""";
        System.out.println(joined + "|" + joined.length());
        var trailing = """
            keep\s
            tabs\there
            """;
        System.out.print(trailing.replace(' ', '.'));
        var n = 3;
        var list = new StringBuilder();
        for (var i = 0; i < n; i++) list.append("""
            item %d
            """.replace("%d", String.valueOf(i)));
        System.out.print(list);
        var json = """
            {"name": "%s", "age": %d}""".replace("%s", "Ann").replace("%d", "" + 41);
        System.out.println(json);
        var unicode = """
            \u00e9t\u00e9 \u263A
            """;
        System.out.print(unicode);
        var x = 1.5; var y = 'c'; var z = 10L;
        System.out.println("var types: " + x + y + z + (x + y + z));
    }
}
