import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses web-server style log lines with a regex and tallies status codes and bytes. */
public class RegexLogParse {
    static final String[] LOG = {
        "127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 2326",
        "192.168.1.7 - bob [10/Oct/2023:13:56:01 +0000] \"POST /api/login HTTP/1.1\" 302 0",
        "10.0.0.3 - - [10/Oct/2023:13:57:12 +0000] \"GET /images/logo.png HTTP/1.1\" 404 512",
        "garbage line that does not match",
        "10.0.0.3 - - [10/Oct/2023:13:58:40 +0000] \"GET /index.html?lang=en HTTP/1.0\" 200 2410",
        "172.16.0.9 - alice [11/Oct/2023:01:02:03 +0200] \"DELETE /api/item/42 HTTP/1.1\" 500 87",
    };

    public static void main(String[] args) {
        Pattern line = Pattern.compile(
                "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) \\S+ (?<user>\\S+) \\[(?<day>\\d\\d)/(?<mon>\\w{3})/(\\d{4}):([\\d:]+) ([+-]\\d{4})\\] "
                + "\"(?<method>[A-Z]+) (?<path>[^ ?\"]+)(?:\\?(?<query>[^ \"]*))? HTTP/(1\\.[01])\" (?<status>\\d{3}) (?<bytes>\\d+)$");
        int[] statusCount = new int[6];
        long totalBytes = 0;
        for (String l : LOG) {
            Matcher m = line.matcher(l);
            if (!m.matches()) {
                System.out.println("unparsed: " + l);
                continue;
            }
            int status = Integer.parseInt(m.group("status"));
            statusCount[status / 100]++;
            totalBytes += Long.parseLong(m.group("bytes"));
            System.out.println(m.group("ip") + " user=" + m.group("user") + " " + m.group("method") + " " + m.group("path")
                    + (m.group("query") != null ? " query=" + m.group("query") : "") + " -> " + status
                    + " day=" + m.group("day") + " mon=" + m.group("mon") + " year=" + m.group(5) + " time=" + m.group(6)
                    + " tz=" + m.group(7) + " http=" + m.group(11) + " groups=" + m.groupCount()
                    + " span=" + m.start("path") + ".." + m.end("path"));
        }
        for (int i = 1; i < 6; i++) {
            System.out.println(i + "xx: " + statusCount[i]);
        }
        System.out.println("bytes: " + totalBytes);

        // find() over a whole text, with \b and alternation
        String text = "ERROR disk full; WARN slow reply; INFO ok; ERROR timeout; error lowercase";
        Matcher lv = Pattern.compile("\\b(ERROR|WARN)\\b:?\\s*(\\w+)").matcher(text);
        while (lv.find()) {
            System.out.println("[" + lv.start() + "," + lv.end() + ") " + lv.group(1) + " -> " + lv.group(2));
        }
        Matcher ci = Pattern.compile("error", Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (ci.find()) {
            n++;
        }
        System.out.println("case-insensitive errors: " + n);
        // MULTILINE anchors over a block of lines
        String block = "alpha=1\nbeta = 22\n# comment\ngamma=333\n";
        Matcher kv = Pattern.compile("^(\\w+)\\s*=\\s*(\\d+)$", Pattern.MULTILINE).matcher(block);
        while (kv.find()) {
            System.out.println(kv.group(1) + " := " + kv.group(2));
        }
        System.out.println(kv);
    }
}
