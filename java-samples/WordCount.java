import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** wc for standard input, plus the most frequent words (kept in parallel arrays). */
public class WordCount {
    static String[] words = new String[16];
    static int[] counts = new int[16];
    static int distinct;

    static void count(String word) {
        for (int i = 0; i < distinct; i++) {
            if (words[i].equals(word)) {
                counts[i]++;
                return;
            }
        }
        if (distinct == words.length) {
            String[] w = new String[distinct * 2];
            int[] c = new int[distinct * 2];
            System.arraycopy(words, 0, w, 0, distinct);
            System.arraycopy(counts, 0, c, 0, distinct);
            words = w;
            counts = c;
        }
        words[distinct] = word;
        counts[distinct] = 1;
        distinct++;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int lines = 0, wordCount = 0, chars = 0, longest = 0, blank = 0;
        String longestLine = "";
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length() + 1;
            if (line.trim().isEmpty()) {
                blank++;
            }
            if (line.length() > longest) {
                longest = line.length();
                longestLine = line;
            }
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '\'')) {
                    i++;
                }
                if (i > start) {
                    wordCount++;
                    count(line.substring(start, i).toLowerCase());
                }
            }
        }
        System.out.println("lines: " + lines + " (" + blank + " blank)");
        System.out.println("words: " + wordCount + " (" + distinct + " distinct)");
        System.out.println("chars: " + chars);
        System.out.println("longest line (" + longest + "): " + longestLine);

        // Selection of the top ten: highest count first, ties alphabetically.
        for (int k = 0; k < 10 && k < distinct; k++) {
            int best = k;
            for (int i = k + 1; i < distinct; i++) {
                if (counts[i] > counts[best] || counts[i] == counts[best] && words[i].compareTo(words[best]) < 0) {
                    best = i;
                }
            }
            String w = words[k];
            words[k] = words[best];
            words[best] = w;
            int c = counts[k];
            counts[k] = counts[best];
            counts[best] = c;
            StringBuilder bar = new StringBuilder();
            for (int i = 0; i < counts[k]; i++) {
                bar.append('#');
            }
            System.out.println((k + 1) + ". " + words[k] + " " + counts[k] + " " + bar);
        }
    }
}
