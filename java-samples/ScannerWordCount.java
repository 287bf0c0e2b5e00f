import java.util.Scanner;

/** Counts lines, words and characters of stdin and reports the most frequent words (no collections). */
public class ScannerWordCount {
    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int lines = 0;
        long chars = 0;
        String[] words = new String[16];
        int[] counts = new int[16];
        int distinct = 0;
        int total = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lines++;
            chars += line.length() + 1;
            for (String w : line.toLowerCase().split("[^\\p{L}\\p{Nd}']+")) {
                if (w.isEmpty()) {
                    continue;
                }
                total++;
                int i = 0;
                while (i < distinct && !words[i].equals(w)) {
                    i++;
                }
                if (i == distinct) {
                    if (distinct == words.length) {
                        words = java.util.Arrays.copyOf(words, distinct * 2);
                        counts = java.util.Arrays.copyOf(counts, distinct * 2);
                    }
                    words[distinct++] = w;
                }
                counts[i]++;
            }
        }
        System.out.printf("%d lines, %d words, %d chars, %d distinct%n", lines, total, chars, distinct);
        // selection of the top 8 by count, then alphabetically
        for (int k = 0; k < 8 && k < distinct; k++) {
            int best = k;
            for (int j = k + 1; j < distinct; j++) {
                if (counts[j] > counts[best] || (counts[j] == counts[best] && words[j].compareTo(words[best]) < 0)) {
                    best = j;
                }
            }
            String tw = words[k]; words[k] = words[best]; words[best] = tw;
            int tc = counts[k]; counts[k] = counts[best]; counts[best] = tc;
            System.out.printf("%2d. %-10s %3d %s%n", k + 1, words[k], counts[k], repeat("*", counts[k]));
        }
    }
}
