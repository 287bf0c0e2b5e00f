import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;

/** A small binary record file written with DataOutputStream and read back with DataInputStream. */
public class DataRoundTrip {
    static final int MAGIC = 0xCAFED00D;

    static String hex(byte[] b, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length && i < max; i++) {
            String h = Integer.toHexString(b[i] & 0xff);
            sb.append(h.length() == 1 ? "0" + h : h).append(i % 16 == 15 ? "\n" : " ");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String[] names = {"Ada", "Grace", "Linus", "", "Zo\u00eb", "\u674e\u5c0f\u9f99", "nul\u0000byte", "\ud83d\ude80 rocket"};
        File file = File.createTempFile("records", ".bin");
        file.deleteOnExit();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeShort(names.length);
            for (int i = 0; i < names.length; i++) {
                out.writeUTF(names[i]);
                out.writeInt(i * 1000 - 3000);
                out.writeLong(1L << (i * 8));
                out.writeDouble(i / 3.0);
                out.writeFloat(-i * 0.5f);
                out.writeBoolean(i % 2 == 0);
                out.writeChar('A' + i);
                out.writeByte(-i);
            }
            System.out.println("DataOutputStream.size() = " + out.size());
        }
        System.out.println("file length = " + file.length());

        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file)))) {
            System.out.println("magic ok: " + (in.readInt() == MAGIC));
            int n = in.readUnsignedShort();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                System.out.println("[" + name + "] len=" + name.length() + " int=" + in.readInt() + " long=" + in.readLong()
                        + " double=" + in.readDouble() + " float=" + in.readFloat() + " bool=" + in.readBoolean()
                        + " char=" + in.readChar() + " byte=" + in.readByte());
            }
            try {
                in.readInt();
            } catch (EOFException e) {
                System.out.println("end of records: " + e);
            }
        }

        // The exact bytes of each primitive.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream dos = new DataOutputStream(bytes);
        dos.writeShort(-2);
        dos.writeInt(Integer.MIN_VALUE);
        dos.writeLong(0x0102030405060708L);
        dos.writeFloat(1.0f);
        dos.writeDouble(Double.NaN);
        dos.writeUTF("\u0000\u00e9\u20ac");
        dos.writeChars("hi");
        dos.writeBytes("\u0141ow");
        System.out.print(hex(bytes.toByteArray(), 64));
        System.out.println();
        System.out.println("written: " + dos.size() + ", buffer: " + bytes.size());

        // Bad modified UTF-8 is rejected with the JDK's messages.
        byte[][] bad = {{0, 2, (byte) 0xc3, 'a'}, {0, 1, (byte) 0xe2}, {0, 3, (byte) 0xe2, (byte) 0x82, 'x'}, {0, 1, (byte) 0x80},
            {0, 9, 'a'}};
        for (byte[] b : bad) {
            try {
                System.out.println(new DataInputStream(new ByteArrayInputStream(b)).readUTF());
            } catch (UTFDataFormatException e) {
                System.out.println("UTFDataFormatException: " + e.getMessage());
            } catch (EOFException e) {
                System.out.println("EOFException: " + e.getMessage());
            }
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 22000; i++) {
            big.append('\u20ac');
        }
        try {
            dos.writeUTF(big.toString());
        } catch (UTFDataFormatException e) {
            System.out.println(e.getMessage());
        }

        // readFully and skipBytes.
        DataInputStream din = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        byte[] first = new byte[6];
        din.readFully(first);
        System.out.println("readFully: " + hex(first, 6) + "skipBytes(8) = " + din.skipBytes(8) + ", then float "
                + din.readFloat() + ", available " + din.available());
        try {
            din.readFully(new byte[100]);
        } catch (EOFException e) {
            System.out.println("readFully past the end: " + e);
        }
    }
}
