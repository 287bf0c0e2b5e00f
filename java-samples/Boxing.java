public class Boxing {
    static Integer boxedField;
    static int sumBoxed(Integer... xs) {
        int s = 0;
        for (Integer x : xs) s += x;   // unboxing
        return s;
    }
    static Object identity(Object o) { return o; }
    static long widen(long x) { return x; }

    public static void main(String[] args) {
        System.out.println("-- Integer cache [-128, 127]");
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println((a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h) + " " + c.equals(d) + " " + (Integer.valueOf(0) == Integer.valueOf(0)));
        System.out.println("-- Long/Short/Byte/Character/Boolean caches");
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        Short s1 = 100, s2 = 100, s3 = 1000, s4 = 1000;
        Byte b1 = -128, b2 = -128, b3 = 127, b4 = 127;
        Character c1 = 'a', c2 = 'a', c3 = '\u0080', c4 = '\u0080', c5 = 127, c6 = 127;
        Boolean t1 = true, t2 = Boolean.valueOf(true), t3 = Boolean.valueOf("TRUE"), t4 = Boolean.valueOf("yes");
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + (s1 == s2) + " " + (s3 == s4) + " " + (b1 == b2) + " " + (b3 == b4) + " " + (c1 == c2) + " " + (c3 == c4) + " " + (c5 == c6));
        System.out.println((t1 == t2) + " " + (t1 == t3) + " " + t4 + " " + (t1 == Boolean.TRUE) + " " + Boolean.parseBoolean("True"));
        System.out.println("-- autoboxing in arithmetic");
        Integer x = 10;
        Integer y = x + 5;
        x++;
        x += y;
        System.out.println(x + " " + y + " " + (x > y) + " " + (x * y) + " " + (-x));
        Long big = 1L << 40;
        big = big * 2 + x;
        System.out.println(big);
        Double dd = 1.5;
        dd = dd * dd + x;
        Float ff = 2.5f;
        ff /= 2;
        System.out.println(dd + " " + ff + " " + (dd + ff));
        Character ch = 'A';
        ch++;
        int ci = ch + 1;
        System.out.println(ch + " " + ci + " " + (char) ci);
        Short sh = 5;
        Byte by = 3;
        int mixed = sh * by + x;
        System.out.println(mixed);
        Boolean flag = x > 20;
        if (flag) System.out.println("flag true");
        System.out.println(!flag + " " + (flag && true) + " " + (flag ^ true));
        System.out.println("-- comparisons: == on boxes compares identity, < unboxes");
        Integer p = 1000, q = 1000;
        System.out.println((p == q) + " " + p.equals(q) + " " + (p <= q) + " " + (p >= q) + " " + (p.intValue() == q) + " " + (p == 1000));
        System.out.println(p.compareTo(999) + " " + p.compareTo(1000) + " " + Integer.compare(p, 1001));
        System.out.println("-- xxxValue conversions");
        Integer iv = -129;
        System.out.println(iv.byteValue() + " " + iv.shortValue() + " " + iv.longValue() + " " + iv.floatValue() + " " + iv.doubleValue());
        Double dv = -1.9e10;
        System.out.println(dv.intValue() + " " + dv.longValue() + " " + dv.floatValue() + " " + dv.shortValue() + " " + dv.byteValue());
        Long lv = Long.MAX_VALUE;
        System.out.println(lv.intValue() + " " + lv.doubleValue() + " " + lv.floatValue());
        System.out.println("-- varargs boxing, Object boxing");
        System.out.println(sumBoxed(1, 2, 3, 400) + " " + sumBoxed());
        Object o1 = identity(5), o2 = identity(5L), o3 = identity(5.0), o4 = identity('5'), o5 = identity(false), o6 = identity((short) 5), o7 = identity((byte) 5), o8 = identity(5f);
        System.out.println(o1.getClass().getName() + " " + o2.getClass().getName() + " " + o3.getClass().getName() + " " + o4.getClass().getName() + " " + o5.getClass().getName() + " " + o6.getClass().getName() + " " + o7.getClass().getName() + " " + o8.getClass().getName());
        System.out.println(o1.equals(o2) + " " + o1.equals(5) + " " + o3.equals(5.0) + " " + o8.equals(5.0));
        System.out.println(widen(x) + " " + widen('c'));
        System.out.println("-- NullPointerException on unboxing");
        Integer nul = null;
        try {
            int v = nul;
            System.out.println(v);
        } catch (NullPointerException ex) {
            System.out.println("unbox null: " + ex.getClass().getName());
        }
        try {
            boxedField++;
        } catch (NullPointerException ex) {
            System.out.println("increment null field: " + ex.getClass().getName());
        }
        Boolean nb = null;
        try {
            if (nb) System.out.println("?");
        } catch (NullPointerException ex) {
            System.out.println("if (null Boolean): " + ex.getClass().getName());
        }
        try {
            Integer r = args.length == 0 ? nul : Integer.valueOf(0);
            int z = args.length == 0 ? nul : 0;   // ternary unboxes
            System.out.println(r + " " + z);
        } catch (NullPointerException ex) {
            System.out.println("ternary unbox: " + ex.getClass().getName());
        }
        System.out.println("-- parse / toString / constants");
        System.out.println(Integer.parseInt("-123") + Integer.valueOf("77") + " " + Integer.toString(255) + " " + Integer.toString(-255) + " " + Long.toString(Long.MIN_VALUE));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("127") + " " + Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE);
        System.out.println(Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MAX_VALUE) + " " + Double.toString(0.1) + " " + Float.toString(0.1f) + " " + Boolean.toString(false) + " " + Character.toString('z'));
        try { Byte.parseByte("128"); } catch (NumberFormatException ex) { System.out.println(ex.getMessage()); }
        System.out.println(Integer.toHexString(0xCAFE) + " " + Integer.toBinaryString(-1).length() + " " + Integer.toOctalString(8) + " " + Long.toHexString(Long.MIN_VALUE) + " " + Long.toBinaryString(5));
        System.out.println(Integer.MAX_VALUE + Integer.valueOf(1));
        System.out.println("-- boxes in arrays");
        Integer[] arr = new Integer[5];
        for (int i = 0; i < arr.length; i++) arr[i] = i * 100;
        int tot = 0;
        for (Integer v : arr) tot += v;
        arr[0]++;
        arr[1] += 5;
        System.out.println(tot + " " + arr[0] + " " + arr[1] + " " + (arr[2] == Integer.valueOf(200)) + " " + (arr[1] == Integer.valueOf(105)));
    }
}
