import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Writes lines with PrintWriter and BufferedWriter, reads them back with BufferedReader. */
public class LinesRoundTrip {
    public static void main(String[] args) throws IOException {
        File file = File.createTempFile("lines", ".txt");
        try {
            try (PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(file)))) {
                out.println("first line");
                out.print("number ");
                out.println(42);
                out.println(3.25);
                out.println('c');
                out.println(true);
                out.println(new char[] {'a', 'r', 'r'});
                out.println((Object) null);
                out.println();
                out.print("no newline at the end");
                System.out.println("checkError while open: " + out.checkError());
            }
            System.out.println("wrote " + file.length() + " bytes");

            try (BufferedReader in = new BufferedReader(new FileReader(file))) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    System.out.println(n + ": [" + line + "] (" + line.length() + " chars)");
                }
                System.out.println("after the end: " + in.readLine() + ", read() = " + in.read());
            }

            // Appending with FileWriter(file, true), mixed line endings.
            try (FileWriter w = new FileWriter(file, true)) {
                w.write("\r\nwindows line\r\nold mac line\rlast\n");
            }
            try (LineNumberReader in = new LineNumberReader(new FileReader(file))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.indexOf("line") >= 0 || line.equals("last")) {
                        System.out.println("line " + in.getLineNumber() + ": " + line);
                    }
                }
                System.out.println("lines: " + in.getLineNumber());
            }
        } finally {
            System.out.println("deleted: " + file.delete());
        }

        // The same through strings.
        StringWriter sw = new StringWriter();
        BufferedWriter bw = new BufferedWriter(sw, 16);
        for (int i = 1; i <= 5; i++) {
            bw.write("row " + i);
            bw.newLine();
        }
        System.out.println("before flush: " + sw.getBuffer().length() + " chars");
        bw.flush();
        System.out.println("after flush: " + sw.getBuffer().length() + " chars");
        bw.close();

        BufferedReader br = new BufferedReader(new StringReader(sw.toString()));
        br.readLine();
        br.mark(100);
        System.out.println("marked at: " + br.readLine() + ", " + br.readLine());
        br.reset();
        System.out.println("after reset: " + br.readLine());
        System.out.println("skipped " + br.skip(4) + " chars, rest of line: [" + br.readLine() + "]");
        System.out.println("ready: " + br.ready());
        br.close();
        try {
            br.readLine();
        } catch (IOException e) {
            System.out.println("closed reader: " + e.getMessage());
        }
    }
}
