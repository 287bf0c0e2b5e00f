import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Text with non-ASCII characters through files, readers, writers and the three standard charsets. */
public class Utf8Text {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        }
        return sb.toString();
    }

    static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : " ").append(Integer.toHexString(b[i] & 0xff));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String[] lines = {
            "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e",
            "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u039a\u03cc\u03c3\u03bc\u03b5",
            "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
            "emoji \ud83d\ude00 and \ud83c\udf89",
            "plain ASCII",
        };
        File file = File.createTempFile("utf8", ".txt");
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8))) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
            System.out.println("file: " + file.length() + " bytes for " + lines.length + " lines");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(file), "UTF-8"))) {
                String line;
                int i = 0;
                while ((line = r.readLine()) != null) {
                    System.out.println("line " + i + ": same=" + line.equals(lines[i]) + " chars=" + line.length() + " code points="
                            + line.codePointCount(0, line.length()) + " utf8 bytes=" + line.getBytes(StandardCharsets.UTF_8).length);
                    i++;
                }
            }
            // The same file read as Latin-1 and as ASCII.
            String[] charsets = {"ISO-8859-1", "US-ASCII"};
            for (String cs : charsets) {
                try (Reader r = new InputStreamReader(new FileInputStream(file), cs)) {
                    char[] buf = new char[12];
                    int n = r.read(buf);
                    System.out.println(cs + ": " + codes(new String(buf, 0, n)));
                }
            }
        } finally {
            file.delete();
        }

        // Encoding: unmappable characters become '?', in every charset that cannot hold them.
        String sample = "\u00e9\u20ac\ud83d\ude00x";
        Charset[] all = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (Charset cs : all) {
            byte[] enc = sample.getBytes(cs);
            System.out.println(cs.name() + " encodes to " + bytes(enc) + " and decodes to " + codes(new String(enc, cs)));
        }

        // Malformed UTF-8 becomes U+FFFD, the same whether decoded at once or through a reader.
        byte[] malformed = {'o', 'k', (byte) 0xc3, (byte) 0x28, (byte) 0xe2, (byte) 0x82, ' ', (byte) 0xf0, (byte) 0x9f, (byte) 0x98,
            (byte) 0x80, (byte) 0xff, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xe2, (byte) 0x82};
        String direct = new String(malformed, StandardCharsets.UTF_8);
        StringBuilder viaReader = new StringBuilder();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(malformed), StandardCharsets.UTF_8)) {
            int c;
            while ((c = r.read()) != -1) {
                viaReader.append((char) c);
            }
        }
        System.out.println("direct: " + codes(direct));
        System.out.println("reader: " + codes(viaReader.toString()) + " same=" + direct.equals(viaReader.toString()));

        // UTF-16 text through a file: the byte-order mark says how to read it back.
        File wide = File.createTempFile("utf16", ".txt");
        try {
            try (Writer w = new OutputStreamWriter(new FileOutputStream(wide), "UTF-16LE")) {
                w.write('\ufeff');
                w.write(lines[2] + "\n" + lines[3]);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(wide), StandardCharsets.UTF_16))) {
                System.out.println("UTF-16 file of " + wide.length() + " bytes: " + r.readLine().equals(lines[2]) + " "
                        + r.readLine().equals(lines[3]) + " " + r.readLine());
            }
        } finally {
            wide.delete();
        }

        // A surrogate pair written in two halves is still one character.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(out, "UTF-8");
        w.write("\ud83d");
        w.write("\ude80!");
        w.write('\ud800');
        w.close();
        System.out.println("halves: " + bytes(out.toByteArray()));
        System.out.println("decoded back: " + codes(out.toString("UTF-8")) + " / " + codes(out.toString("ISO-8859-1")));

        System.out.println("charset names: " + Charset.forName("utf8") + " " + Charset.forName("latin1") + " " + Charset.forName("ascii")
                + " " + Charset.isSupported("UTF-16BE-NOT") + " default is UTF-8 or ASCII: "
                + (Charset.defaultCharset().name().equals("UTF-8") || Charset.defaultCharset().name().equals("US-ASCII")));
    }
}
