@SuppressWarnings("fallthrough")
public class Switches {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "other";
        }
    }

    static String denseNegative(int x) {
        switch (x) {
            case -3: return "m3";
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "z";
            case 1: return "p1";
            case 3: return "p3"; // hole at 2
            default: return "d";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -5: return "minus five";
            case 7: return "seven";
            case 100: return "hundred";
            case 4096: return "4096";
            case 1 << 20: return "2^20";
            case Integer.MAX_VALUE: return "MAX";
            case Integer.MIN_VALUE: return "MIN";
            default: return "none";
        }
    }

    static String extremes(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "min";
            case Integer.MIN_VALUE + 1: return "min+1";
            case Integer.MIN_VALUE + 2: return "min+2";
            default: return "-";
        }
    }

    static String extremesHigh(int x) {
        switch (x) {
            case Integer.MAX_VALUE - 2: return "max-2";
            case Integer.MAX_VALUE - 1: return "max-1";
            case Integer.MAX_VALUE: return "max";
            default: return "-";
        }
    }

    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
            case 5: r += 100000;
        }
        return r;
    }

    static int noDefault(int x) {
        int r = -1;
        switch (x) {
            case 10: r = 10; break;
            case 20: r = 20; break;
        }
        return r;
    }

    static String charSwitch(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            case '\u00e9': return "e-acute";
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return "digit";
            default: return "consonant-or-other";
        }
    }

    static int byteSwitch(byte b) {
        switch (b) {
            case -128: return 1;
            case 127: return 2;
            case -1: return 3;
            default: return 0;
        }
    }

    static int emptySwitch(int x) {
        switch (x) {
        }
        switch (x) {
            default: x++;
        }
        return x;
    }

    static String single(int x) {
        switch (x) {
            case 42: return "answer";
            default: return "no";
        }
    }

    static String nested(int a, int b) {
        switch (a) {
            case 1:
                switch (b) {
                    case 1: return "1-1";
                    case 2: return "1-2";
                    default: return "1-?";
                }
            case 2:
                switch (b * 1000) {
                    case 1000: return "2-1";
                    case 5000: return "2-5";
                    default: return "2-?";
                }
            default:
                return "?";
        }
    }

    static long longish(long v) {
        switch ((int) (v % 7)) {
            case 0: return v;
            case 1: case 2: return v * 2;
            case -1: case -2: return -v;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 7; i++) System.out.println("dense " + i + " " + dense(i));
        for (int i = -5; i <= 5; i++) System.out.println("denseNegative " + i + " " + denseNegative(i));
        int[] sp = {-1000000, -999999, -5, 0, 7, 8, 100, 4096, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};
        for (int x : sp) System.out.println("sparse " + x + " " + sparse(x) + " " + extremes(x) + " " + extremesHigh(x));
        System.out.println(extremes(Integer.MIN_VALUE + 2) + " " + extremes(Integer.MIN_VALUE + 3) + " " + extremes(Integer.MAX_VALUE) + " " + extremesHigh(Integer.MAX_VALUE - 2) + " " + extremesHigh(Integer.MAX_VALUE - 3) + " " + extremesHigh(Integer.MIN_VALUE));
        for (int i = 0; i <= 6; i++) System.out.println("fallthrough " + i + " " + fallthrough(i));
        System.out.println("noDefault " + noDefault(10) + " " + noDefault(20) + " " + noDefault(15));
        String text = "hi é 42!";
        for (int i = 0; i < text.length(); i++) System.out.println("char '" + text.charAt(i) + "' " + charSwitch(text.charAt(i)));
        System.out.println("byte " + byteSwitch((byte) -128) + byteSwitch((byte) 127) + byteSwitch((byte) 255) + byteSwitch((byte) 3));
        System.out.println("empty " + emptySwitch(5));
        System.out.println("single " + single(42) + " " + single(41));
        System.out.println("nested " + nested(1, 1) + " " + nested(1, 2) + " " + nested(1, 3) + " " + nested(2, 1) + " " + nested(2, 5) + " " + nested(2, 2) + " " + nested(3, 3));
        for (long v = -10; v <= 10; v += 3) System.out.println("longish " + v + " " + longish(v));
        // a switch in a loop with continue/break
        int acc = 0;
        for (int i = 0; i < 50; i++) {
            switch (i % 5) {
                case 0: continue;
                case 1: acc += i; break;
                case 2: acc -= 1; // fallthrough
                case 3: acc *= 2; break;
                default: if (acc > 100000) acc /= 3;
            }
        }
        System.out.println("acc " + acc);
        // Integer (unboxed) and Character (unboxed) switch
        Integer boxed = 3;
        switch (boxed) {
            case 3: System.out.println("boxed three"); break;
            default: System.out.println("boxed other");
        }
        Integer nul = null;
        try {
            switch (nul) {
                case 1: System.out.println("?"); break;
                default: System.out.println("??");
            }
        } catch (NullPointerException e) {
            System.out.println("switch on null Integer: " + e.getClass().getName());
        }
    }
}
