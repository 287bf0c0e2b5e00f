@SuppressWarnings("static")
public class Fields {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static String sstr;
    static int[] sarr;

    boolean z;
    byte b;
    char c;
    short s;
    int i;
    long l;
    float f;
    double d;
    Object o;
    Fields next;

    static final int CONST = 7;
    final int finalInstance;
    static final Object FINAL_OBJ = new StringBuilder("finalObj");
    int initialized = 123;
    long initializedLong = -1L;
    String initializedStr = "init";

    Fields() { finalInstance = 99; }
    Fields(int x) { this(); i = x; }

    public static void main(String[] args) {
        System.out.println("-- static defaults");
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + sstr + " " + sarr);
        System.out.println("-- instance defaults");
        Fields x = new Fields();
        System.out.println(x.z + " " + x.b + " " + (int) x.c + " " + x.s + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + x.o + " " + x.next);
        System.out.println(x.finalInstance + " " + x.initialized + " " + x.initializedLong + " " + x.initializedStr + " " + CONST + " " + FINAL_OBJ);
        System.out.println("-- static stores");
        sz = true; sb = -128; sc = 'W'; ss = -32768; si = Integer.MIN_VALUE; sl = Long.MIN_VALUE; sf = -1.25f; sd = 1e308; sstr = "static"; sarr = new int[]{1, 2};
        System.out.println(sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + sstr + " " + sarr[1]);
        sb += 200; sc += 1; ss -= 1; si--; sl--; sf *= 4; sd *= 10;
        System.out.println(sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd);
        System.out.println("-- instance stores");
        x.z = true; x.b = 127; x.c = '\u00ff'; x.s = 32767; x.i = Integer.MAX_VALUE; x.l = Long.MAX_VALUE; x.f = Float.MIN_VALUE; x.d = -Double.MIN_VALUE; x.o = "obj";
        x.next = new Fields(5);
        System.out.println(x.z + " " + x.b + " " + (int) x.c + " " + x.s + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + x.o + " " + x.next.i + " " + x.next.finalInstance);
        x.b++; x.c++; x.s++; x.i++; x.l++; x.f /= 2; x.d *= 2;
        System.out.println(x.b + " " + (int) x.c + " " + x.s + " " + x.i + " " + x.l + " " + x.f + " " + x.d);
        System.out.println("-- linked via fields");
        Fields head = null;
        for (int k = 0; k < 5; k++) {
            Fields n = new Fields(k * k);
            n.next = head;
            head = n;
        }
        StringBuilder sbd = new StringBuilder();
        for (Fields p = head; p != null; p = p.next) sbd.append(p.i).append("->");
        System.out.println(sbd.append("null"));
        System.out.println("-- null field access");
        Fields nul = null;
        try { System.out.println(nul.i); } catch (NullPointerException e) { System.out.println("getfield: " + e.getClass().getName()); }
        try { nul.l = 5; } catch (NullPointerException e) { System.out.println("putfield: " + e.getClass().getName()); }
        try { x.next.next.next.d = 1; } catch (NullPointerException e) { System.out.println("chain: " + e.getClass().getName()); }
        System.out.println("-- static through instance expression (no NPE: getstatic)");
        System.out.println(nul.si + " " + CONST);
        System.out.println("-- fields in other classes");
        Holder h = new Holder();
        h.setAll(3);
        System.out.println(h.describe());
        Holder.count += 10;
        Holder.count++;
        System.out.println(Holder.count + " " + Holder.name);
        Holder.name = Holder.name + "!";
        System.out.println(Holder.name + " " + Holder.name.length());
    }
}

class Holder {
    static int count;
    static String name = "holder";
    private byte pb;
    protected char pc;
    short ps;
    public long pl;
    private double pd;
    private boolean pz;
    private float pf;

    void setAll(int k) {
        pb = (byte) (k * 100);
        pc = (char) ('a' + k);
        ps = (short) (k * 20000);
        pl = k * 1000000000000L;
        pd = k / 7.0;
        pz = k % 2 == 1;
        pf = k / 3f;
        count++;
    }

    String describe() { return pb + " " + pc + " " + ps + " " + pl + " " + pd + " " + pz + " " + pf; }
}
