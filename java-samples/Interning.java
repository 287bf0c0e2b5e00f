class Other {
    static final String HELLO = "hello";
    static String hello() { return "hello"; }
    static String built() { return new StringBuilder("hel").append("lo").toString(); }
}

public class Interning {
    static final String CONST_PART = "hel";
    static String nonConstPart = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = "hel" + "lo";               // constant expression: folded by javac
        String d = CONST_PART + "lo";          // constant too
        String e = nonConstPart + "lo";        // runtime concatenation: new object
        String f = new String("hello");
        String g = e.intern();
        String h = Other.hello();
        String i = Other.HELLO;
        String j = Other.built();
        System.out.println("a==b " + (a == b));
        System.out.println("a==c " + (a == c));
        System.out.println("a==d " + (a == d));
        System.out.println("a==e " + (a == e) + " equals " + a.equals(e));
        System.out.println("a==f " + (a == f) + " equals " + a.equals(f));
        System.out.println("a==g " + (a == g));
        System.out.println("a==h (literal from other class) " + (a == h));
        System.out.println("a==i " + (a == i));
        System.out.println("a==j " + (a == j) + " a==j.intern() " + (a == j.intern()));
        System.out.println("f.intern()==a " + (f.intern() == a));
        String fresh = new StringBuilder("never").append("-seen-before").toString();
        String freshInterned = fresh.intern();
        // (whether fresh.intern() == fresh depends on when the VM resolves the literal: not compared)
        System.out.println("fresh.intern() equals fresh " + freshInterned.equals(fresh) + " literal==interned " + ("never-seen-before" == freshInterned));
        String empty1 = "";
        String empty2 = new String("");
        System.out.println("empty " + (empty1 == empty2) + " " + (empty1 == empty2.intern()) + " " + empty1.isEmpty());
        String uni = "caf\u00e9 \u65e5\u672c";
        String uni2 = "café 日本";
        System.out.println("unicode literal identity " + (uni == uni2));
        String num = "" + 42;
        System.out.println("\"42\"==(\"\" + 42) " + ("42" == num) + " (folded constant)");
        int k = 42;
        String num2 = "" + k;
        System.out.println("\"42\"==(\"\" + k) " + ("42" == num2) + " " + ("42" == num2.intern()));
        System.out.println("String.valueOf(true)==\"true\" equals " + String.valueOf(true).equals("true"));
        String[] arr = {"x", "x", new String("x")};
        System.out.println((arr[0] == arr[1]) + " " + (arr[0] == arr[2]) + " " + (arr[0] == arr[2].intern()));
        System.out.println("switch on interned " + pick("two") + pick(new String("two")) + pick("t" + nonConstPart.substring(3) + "wo"));
    }

    static int pick(String s) {
        switch (s) {
            case "one": return 1;
            case "two": return 2;
            default: return 0;
        }
    }
}
