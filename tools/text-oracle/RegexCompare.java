import java.util.*;
public class RegexCompare {
    static String run(boolean mine, String re, int flags, String in) {
        StringBuilder sb = new StringBuilder();
        try {
            if (mine) {
                tre.Pattern p = tre.Pattern.compile(re, flags);
                tre.Matcher m = p.matcher(in);
                sb.append("M=").append(m.matches()).append(" L=").append(m.lookingAt());
                m.reset();
                int n = 0;
                while (m.find() && n++ < 50) {
                    sb.append(" [").append(m.start()).append(',').append(m.end());
                    for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(m.group(g));
                    sb.append(']');
                }
                sb.append(" hit=").append(m.hitEnd());
                sb.append(" S=").append(Arrays.toString(p.split(in))).append(Arrays.toString(p.split(in, -1)));
                try { sb.append(" R=").append(p.matcher(in).replaceAll("<$0>")); } catch (Exception e) { sb.append(e); }
            } else {
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(re, flags);
                java.util.regex.Matcher m = p.matcher(in);
                sb.append("M=").append(m.matches()).append(" L=").append(m.lookingAt());
                m.reset();
                int n = 0;
                while (m.find() && n++ < 50) {
                    sb.append(" [").append(m.start()).append(',').append(m.end());
                    for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(m.group(g));
                    sb.append(']');
                }
                sb.append(" hit=").append(m.hitEnd());
                sb.append(" S=").append(Arrays.toString(p.split(in))).append(Arrays.toString(p.split(in, -1)));
                try { sb.append(" R=").append(p.matcher(in).replaceAll("<$0>")); } catch (Exception e) { sb.append(e); }
            }
        } catch (Throwable e) {
            sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return sb.toString();
    }
    public static void main(String[] a) throws Exception {
        java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.FileInputStream(a[0]), "UTF-8"));
        String line; int bad = 0, total = 0;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("##")) continue;
            String[] parts = line.split("\t", -1);
            String re = parts[0]; String in = parts.length > 1 ? parts[1] : ""; int flags = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            in = in.replace("\\n", "\n").replace("\\r", "\r");
            String x = run(false, re, flags, in), y = run(true, re, flags, in);
            total++;
            if (!x.equals(y)) { bad++; System.out.println("DIFF /" + re + "/ on '" + in + "'\n  jdk: " + x + "\n  our: " + y); }
        }
        System.out.println(bad + " diffs of " + total);
    }
}
