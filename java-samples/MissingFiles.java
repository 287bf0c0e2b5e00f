import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** The error messages of file operations that fail, caught and printed (temp paths shown as TMP). */
public class MissingFiles {
    static String tmp;

    static String clean(String s) {
        return s == null ? null : s.replace(tmp, "TMP");
    }

    static void report(String what, Exception e) {
        System.out.println(what + " -> " + e.getClass().getName() + ": " + clean(e.getMessage()));
    }

    public static void main(String[] args) throws IOException {
        File dir = File.createTempFile("missing", "");
        dir.delete();
        dir.mkdir();
        tmp = dir.getPath();
        File missing = new File(dir, "no-such-file.txt");
        File inMissingDir = new File(dir, "no-such-dir/file.txt");

        try {
            new FileInputStream(missing);
        } catch (FileNotFoundException e) {
            report("FileInputStream(missing)", e);
        }
        try {
            new FileReader(missing.getPath());
        } catch (FileNotFoundException e) {
            report("FileReader(missing)", e);
        }
        try {
            new FileInputStream(dir);
        } catch (FileNotFoundException e) {
            report("FileInputStream(directory)", e);
        }
        try {
            new FileOutputStream(inMissingDir);
        } catch (FileNotFoundException e) {
            report("FileOutputStream(in missing dir)", e);
        }
        try {
            new FileWriter(dir);
        } catch (IOException e) {
            report("FileWriter(directory)", e);
        }
        try {
            new PrintWriter(inMissingDir);
        } catch (FileNotFoundException e) {
            report("PrintWriter(in missing dir)", e);
        }
        try {
            new RandomAccessFile(missing, "r");
        } catch (FileNotFoundException e) {
            report("RandomAccessFile(missing, r)", e);
        }
        try {
            new RandomAccessFile(missing, "rwx");
        } catch (IllegalArgumentException e) {
            report("RandomAccessFile mode rwx", e);
        }
        try {
            inMissingDir.createNewFile();
        } catch (IOException e) {
            report("createNewFile(in missing dir)", e);
        }
        try {
            new FileInputStream("bad\u0000name");
        } catch (FileNotFoundException e) {
            report("FileInputStream(NUL in name)", e);
        }
        try {
            File.createTempFile("x", ".tmp");
        } catch (IllegalArgumentException e) {
            report("createTempFile(short prefix)", e);
        }
        try {
            File.createTempFile("prefix", ".tmp", new File(dir, "gone"));
        } catch (IOException e) {
            report("createTempFile(missing dir)", e);
        }
        try {
            new File((String) null);
        } catch (NullPointerException e) {
            System.out.println("new File(null) -> NullPointerException");
        }
        try {
            new PrintWriter(new File(dir, "x.txt"), "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            report("PrintWriter(file, bad charset)", e);
        }
        try {
            Charset.forName("no such charset");
        } catch (IllegalCharsetNameException e) {
            report("Charset.forName(illegal)", e);
        }
        try {
            Charset.forName("X-NOT-THERE");
        } catch (UnsupportedCharsetException e) {
            report("Charset.forName(unknown)", e);
        }
        System.out.println("x.txt created anyway: " + new File(dir, "x.txt").exists());

        // Queries on missing files answer quietly.
        System.out.println("exists " + missing.exists() + ", length " + missing.length() + ", lastModified " + missing.lastModified()
                + ", delete " + missing.delete() + ", list " + missing.list() + ", canRead " + missing.canRead()
                + ", renameTo " + missing.renameTo(new File(dir, "other")));

        // A closed stream.
        File f = new File(dir, "data.bin");
        FileOutputStream out = new FileOutputStream(f);
        out.write(1);
        out.close();
        try {
            out.write(2);
        } catch (IOException e) {
            report("write after close", e);
        }
        InputStream in = new FileInputStream(f);
        System.out.println("read " + in.read() + ", then " + in.read());
        in.close();
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            report("read after close", e);
        }
        try {
            in.read(new byte[4], 2, 3);
        } catch (IndexOutOfBoundsException e) {
            report("read with a bad range", e);
        }
        RandomAccessFile raf = new RandomAccessFile(f, "rw");
        try {
            raf.seek(-1);
        } catch (IOException e) {
            report("seek(-1)", e);
        }
        raf.close();
        try {
            raf.length();
        } catch (IOException e) {
            report("length after close", e);
        }

        System.out.println("cleanup: " + new File(dir, "x.txt").delete() + " " + f.delete() + " " + dir.delete());
    }
}
