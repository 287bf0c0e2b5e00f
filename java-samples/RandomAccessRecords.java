import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/** A fixed-size record store in a RandomAccessFile: append, read by index, update in place, truncate. */
public class RandomAccessRecords {
    static final int NAME_CHARS = 12;
    static final int RECORD_SIZE = 4 + NAME_CHARS * 2 + 8 + 1;

    static void writeRecord(RandomAccessFile f, int id, String name, double balance, boolean active) throws IOException {
        f.writeInt(id);
        for (int i = 0; i < NAME_CHARS; i++) {
            f.writeChar(i < name.length() ? name.charAt(i) : ' ');
        }
        f.writeDouble(balance);
        f.writeBoolean(active);
    }

    static String readRecord(RandomAccessFile f, int index) throws IOException {
        f.seek((long) index * RECORD_SIZE);
        int id = f.readInt();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < NAME_CHARS; i++) {
            name.append(f.readChar());
        }
        double balance = f.readDouble();
        boolean active = f.readBoolean();
        return "#" + id + " " + name.toString().trim() + " balance=" + balance + (active ? "" : " (closed)");
    }

    public static void main(String[] args) throws IOException {
        File file = File.createTempFile("records", ".db");
        try (RandomAccessFile db = new RandomAccessFile(file, "rw")) {
            String[] names = {"Alice", "Bob", "Carol", "Dave", "Eve", "Mallory"};
            for (int i = 0; i < names.length; i++) {
                writeRecord(db, 100 + i, names[i], 1000.0 * (i + 1) / 8, true);
            }
            System.out.println("records: " + db.length() / RECORD_SIZE + ", file pointer " + db.getFilePointer()
                    + ", length " + db.length());

            System.out.println(readRecord(db, 3));
            System.out.println(readRecord(db, 0));

            // Update record 1's balance in place, close record 4.
            db.seek(RECORD_SIZE + 4 + NAME_CHARS * 2);
            db.writeDouble(-42.5);
            db.seek(4L * RECORD_SIZE + RECORD_SIZE - 1);
            db.writeBoolean(false);
            for (int i = 0; i < names.length; i++) {
                System.out.println(readRecord(db, i));
            }

            // Drop the last two records.
            db.setLength(4L * RECORD_SIZE);
            System.out.println("after setLength: " + db.length() / RECORD_SIZE + " records, pointer " + db.getFilePointer());
            try {
                readRecord(db, 4);
            } catch (EOFException e) {
                System.out.println("record 4 is gone: " + e);
            }

            db.seek(0);
            System.out.println("skipBytes(10) = " + db.skipBytes(10) + ", skipBytes(10000) = " + db.skipBytes(10000)
                    + ", read at end = " + db.read());

            // Text lines after the records, read back with readLine.
            db.seek(db.length());
            db.writeBytes("first\nsecond\r\nthird\rfourth");
            db.seek(4L * RECORD_SIZE);
            String line;
            while ((line = db.readLine()) != null) {
                System.out.println("line: " + line);
            }
            db.seek(4L * RECORD_SIZE);
            db.writeUTF("utf: caf\u00e9");
            db.seek(4L * RECORD_SIZE);
            System.out.println(db.readUTF());
        }
        try (RandomAccessFile ro = new RandomAccessFile(file, "r")) {
            System.out.println("read-only length " + ro.length() + ", first id " + ro.readInt());
            try {
                ro.write(1);
            } catch (IOException e) {
                System.out.println("write to read-only file: " + e.getMessage());
            }
        }
        System.out.println("deleted: " + file.delete());
    }
}
