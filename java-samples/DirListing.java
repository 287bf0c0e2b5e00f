import java.io.File;
import java.io.FileFilter;
import java.io.FileOutputStream;
import java.io.FilenameFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** Builds a small tree in a temporary directory, lists it sorted, and removes it. */
public class DirListing {
    static void write(File f, int size) throws IOException {
        try (OutputStream out = new FileOutputStream(f)) {
            for (int i = 0; i < size; i++) {
                out.write('a' + i % 26);
            }
        }
    }

    static void tree(File dir, String indent) {
        File[] children = dir.listFiles();
        Arrays.sort(children);
        for (File f : children) {
            if (f.isDirectory()) {
                System.out.println(indent + f.getName() + "/");
                tree(f, indent + "    ");
            } else {
                System.out.println(indent + f.getName() + " (" + f.length() + " bytes)");
            }
        }
    }

    static long totalSize(File f) {
        if (f.isFile()) {
            return f.length();
        }
        long sum = 0;
        File[] children = f.listFiles();
        for (File c : children) {
            sum += totalSize(c);
        }
        return sum;
    }

    static int deleteTree(File f) {
        int n = 0;
        if (f.isDirectory()) {
            for (File c : f.listFiles()) {
                n += deleteTree(c);
            }
        }
        return f.delete() ? n + 1 : n;
    }

    public static void main(String[] args) throws IOException {
        File root = File.createTempFile("listing", ".d");
        root.delete();
        System.out.println("mkdir: " + root.mkdir() + ", again: " + root.mkdir() + ", isDirectory: " + root.isDirectory());

        String[] files = {"zeta.txt", "alpha.txt", "Beta.java", "notes.md", ".hidden", "src/Main.java", "src/util/Strings.java",
            "src/util/Numbers.java", "docs/guide/intro.md", "docs/README"};
        for (int i = 0; i < files.length; i++) {
            File f = new File(root, files[i]);
            File parent = f.getParentFile();
            if (!parent.exists()) {
                System.out.println("mkdirs " + parent.getPath().substring(root.getPath().length() + 1) + ": " + parent.mkdirs());
            }
            write(f, 10 * (i + 1));
        }
        System.out.println("mkdirs of an existing directory: " + new File(root, "src").mkdirs());
        System.out.println("mkdir with missing parent: " + new File(root, "a/b/c").mkdir());

        System.out.println(root.getName().startsWith("listing") + " " + root.getName().endsWith(".d"));
        tree(root, "  ");
        System.out.println("total: " + totalSize(root) + " bytes");

        String[] names = root.list();
        Arrays.sort(names);
        System.out.println("names: " + Arrays.toString(names));
        String[] texts = root.list(new FilenameFilter() {
            public boolean accept(File dir, String name) {
                return name.endsWith(".txt");
            }
        });
        Arrays.sort(texts);
        System.out.println("*.txt: " + Arrays.toString(texts));
        File[] dirs = root.listFiles(new FileFilter() {
            public boolean accept(File f) {
                return f.isDirectory();
            }
        });
        Arrays.sort(dirs);
        for (File d : dirs) {
            System.out.println("dir " + d.getName() + " hidden=" + d.isHidden() + " parent is root: " + d.getParentFile().equals(root));
        }
        File hidden = new File(root, ".hidden");
        System.out.println(".hidden: hidden=" + hidden.isHidden() + " file=" + hidden.isFile());
        System.out.println("list of a file: " + hidden.list() + ", of a missing directory: " + new File(root, "missing").list());

        File renamed = new File(root, "docs/guide/renamed.md");
        System.out.println("rename: " + new File(root, "docs/guide/intro.md").renameTo(renamed) + " -> " + renamed.exists());
        System.out.println("delete non-empty directory: " + new File(root, "src").delete());
        System.out.println("canonical path ends with docs: "
                + new File(root, "src/../docs/./guide/..").getCanonicalPath().endsWith(File.separator + "docs"));
        tree(root, "  ");

        System.out.println("deleted " + deleteTree(root) + " entries; root exists: " + root.exists());
    }
}
