import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies files in a temporary directory the classic way: byte buffers over file streams. */
public class FileCopy {
    static File makeTempDir(String prefix) throws IOException {
        File dir = File.createTempFile(prefix, "");
        if (!dir.delete() || !dir.mkdir()) {
            throw new IOException("cannot create directory " + dir);
        }
        return dir;
    }

    static long copy(File from, File to, int bufferSize) throws IOException {
        long total = 0;
        try (InputStream in = new FileInputStream(from); OutputStream out = new FileOutputStream(to)) {
            byte[] buffer = new byte[bufferSize];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    /** Adler-32, computed by hand, to compare contents. */
    static long checksum(File f) throws IOException {
        long a = 1, b = 0;
        try (InputStream in = new BufferedInputStream(new FileInputStream(f))) {
            int c;
            while ((c = in.read()) != -1) {
                a = (a + c) % 65521;
                b = (b + a) % 65521;
            }
        }
        return (b << 16) | a;
    }

    static boolean sameContents(File x, File y) throws IOException {
        if (x.length() != y.length()) {
            return false;
        }
        try (InputStream a = new BufferedInputStream(new FileInputStream(x));
             InputStream b = new BufferedInputStream(new FileInputStream(y))) {
            int c;
            while ((c = a.read()) != -1) {
                if (c != b.read()) {
                    return false;
                }
            }
            return b.read() == -1;
        }
    }

    public static void main(String[] args) throws IOException {
        File dir = makeTempDir("filecopy");
        File source = new File(dir, "source.bin");
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(source))) {
            int x = 12345;
            for (int i = 0; i < 100000; i++) {
                x = x * 1103515245 + 12345;
                out.write(x >>> 24);
            }
        }
        System.out.println("source: " + source.getName() + ", " + source.length() + " bytes, checksum "
                + Long.toHexString(checksum(source)));

        int[] sizes = {1, 7, 512, 8192, 100000};
        for (int size : sizes) {
            File target = new File(dir, "copy-" + size + ".bin");
            long copied = copy(source, target, size);
            System.out.println("buffer " + size + ": copied " + copied + " bytes, same = " + sameContents(source, target)
                    + ", checksum " + Long.toHexString(checksum(target)));
        }

        // Appending doubles the file.
        File twice = new File(dir, "twice.bin");
        copy(source, twice, 4096);
        try (InputStream in = new FileInputStream(source); OutputStream out = new FileOutputStream(twice, true)) {
            byte[] all = new byte[(int) source.length()];
            int n = 0;
            while (n < all.length) {
                n += in.read(all, n, all.length - n);
            }
            out.write(all);
        }
        System.out.println("appended: " + twice.length() + " bytes");

        // Truncating: opening without append starts the file again.
        try (OutputStream out = new FileOutputStream(twice)) {
            out.write("short".getBytes("US-ASCII"));
        }
        System.out.println("truncated: " + twice.length() + " bytes");

        // Skip and available on a file.
        try (FileInputStream in = new FileInputStream(source)) {
            System.out.println("available " + in.available() + ", skipped " + in.skip(99990) + ", then available "
                    + in.available());
            int last = 0, count = 0, c;
            while ((c = in.read()) != -1) {
                last = c;
                count++;
            }
            System.out.println("read the last " + count + " bytes, last = " + last + ", available " + in.available());
        }

        File[] files = dir.listFiles();
        int deleted = 0;
        for (File f : files) {
            if (f.delete()) {
                deleted++;
            }
        }
        System.out.println("deleted " + deleted + " of " + files.length + " files; directory removed: " + dir.delete()
                + ", exists: " + dir.exists());
    }
}
