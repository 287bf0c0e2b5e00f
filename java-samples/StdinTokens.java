import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StreamTokenizer;

/**
 * Competitive-programming style input: a StreamTokenizer over standard input reads a count and
 * that many numbers, then the rest as tokens; output goes through one PrintWriter.
 */
public class StdinTokens {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        PrintWriter out = new PrintWriter(System.out);

        in.nextToken();
        int n = (int) in.nval;
        long sum = 0;
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = in.nval;
            sum += (long) in.nval;
            min = Math.min(min, in.nval);
            max = Math.max(max, in.nval);
        }
        out.println("n=" + n + " integer sum=" + sum + " min=" + min + " max=" + max);
        java.util.Arrays.sort(values);
        StringBuilder sorted = new StringBuilder();
        for (double v : values) {
            sorted.append(v).append(' ');
        }
        out.println("sorted: " + sorted.toString().trim());

        in.eolIsSignificant(true);
        in.slashSlashComments(true);
        in.slashStarComments(true);
        in.ordinaryChar('/');
        int words = 0, numbers = 0, quoted = 0, lines = 0, other = 0;
        while (in.nextToken() != StreamTokenizer.TT_EOF) {
            switch (in.ttype) {
                case StreamTokenizer.TT_WORD:
                    words++;
                    break;
                case StreamTokenizer.TT_NUMBER:
                    numbers++;
                    break;
                case StreamTokenizer.TT_EOL:
                    lines++;
                    break;
                case '"':
                case '\'':
                    quoted++;
                    out.println("quoted at line " + in.lineno() + ": [" + in.sval + "]");
                    break;
                default:
                    other++;
                    break;
            }
            if (in.ttype != StreamTokenizer.TT_EOL) {
                out.println(in);
            }
        }
        out.println("words=" + words + " numbers=" + numbers + " quoted=" + quoted + " eols=" + lines + " other=" + other
                + " last line=" + in.lineno());
        out.flush();
    }
}
