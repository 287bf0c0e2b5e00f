// The -Dcortado.libc binding (docs/jni.md): static natives of this class bind to
// the libc functions of the same name, with no C of our own. Cortado only.
public class LibcDemo {
    static native int getpid();
    static native long strlen(byte[] s);
    static native int abs(int x);
    static native long labs(long x);
    static native int atoi(String s);
    static native double cos(double x);
    static native int toupper(int c);
    static native String getenv(String name);
    static native int snprintf(byte[] buf, long size, String format);  // no varargs beyond the format
    static native int notInLibc();

    public static void main(String[] args) {
        System.out.println("getpid " + (getpid() > 0));
        System.out.println("strlen " + strlen("hello\0world".getBytes()));
        System.out.println("abs " + abs(-7) + " " + labs(-(1L << 40)));
        System.out.println("atoi " + atoi("  42xyz"));
        System.out.println("cos " + cos(0));
        System.out.println("toupper " + (char) toupper('q'));
        System.out.println("getenv " + getenv("CORTADO_LIBC_DEMO") + " " + getenv("CORTADO_LIBC_UNSET_NAME"));
        byte[] buf = new byte[16];
        int n = snprintf(buf, buf.length, "written by C");
        System.out.println("snprintf " + n + " " + new String(buf, 0, n));
        try {
            notInLibc();
        } catch (UnsatisfiedLinkError e) {
            System.out.println("missing " + e.getMessage());
        }
    }
}
