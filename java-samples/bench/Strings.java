// Strings: builds strings with StringBuilder (append of String, char and int),
// then scans them with charAt, compares them with equals and hashes them with
// hashCode (fresh strings every iteration, so hashes are never cached).
public class Strings extends harness.RepeatedBenchmark {
    static final int WORDS = 200;
    static final long EXPECTED = -8096951183395350806L;

    static final String[] SYLLABLES = { "cor", "ta", "do", "ja", "va", "vm", "byte", "code" };

    static long run() {
        String[] words = new String[WORDS];
        for (int i = 0; i < WORDS; i++) {
            StringBuilder sb = new StringBuilder();
            int k = i;
            do {
                sb.append(SYLLABLES[k & 7]);
                k >>= 3;
            } while (k != 0);
            sb.append('-').append(i).append('_').append(i * 7919);
            words[i] = sb.toString();
        }
        long sum = 0;
        // charAt scan
        for (int i = 0; i < WORDS; i++) {
            String w = words[i];
            int vowels = 0;
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') vowels++;
            }
            sum += vowels;
        }
        // equals: against a fresh copy (equal), against the neighbour (different)
        for (int i = 0; i < WORDS; i++) {
            String copy = new StringBuilder(words[i]).toString();
            if (words[i].equals(copy)) sum += 3;
            if (words[i].equals(words[(i + 1) % WORDS])) sum += 1000;
        }
        // hashCode of fresh strings, and one long concatenation
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            sum = sum * 31 + words[i].hashCode();
            all.append(words[i]).append(' ');
        }
        String joined = all.toString();
        sum += joined.hashCode() + joined.length();
        return sum;
    }

    public Object benchmark() { return Long.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Strings(), args, 1, 1); }
}
