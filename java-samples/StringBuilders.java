public class StringBuilders {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(' ').append('c').append(' ').append(42).append(' ').append(-9000000000L).append(' ')
          .append(1.25f).append(' ').append(-0.001).append(' ').append("str").append(' ').append((Object) null).append(' ')
          .append(new char[]{'x', 'y', 'z'}).append(' ').append((String) null).append(' ').append(new StringBuilder("nested"))
          .append(' ').append((short) 7).append((byte) -8);
        System.out.println(sb);
        System.out.println(sb.length());
        StringBuilder t = new StringBuilder("hello");
        t.insert(0, "[").insert(t.length(), ']').insert(3, 123).insert(1, 4.5).insert(2, true).insert(0, 'c').insert(0, 9L);
        System.out.println(t);
        t.reverse();
        System.out.println(t);
        t.setCharAt(0, '#');
        t.deleteCharAt(1);
        System.out.println(t + " " + t.charAt(2) + " " + t.length());
        t.setLength(5);
        System.out.println("[" + t + "]");
        t.setLength(8);
        System.out.println("[" + t.toString().replace('\u0000', '0') + "] " + t.length());
        t.setLength(0);
        System.out.println("[" + t + "] " + t.length());
        StringBuilder d = new StringBuilder("0123456789");
        d.deleteCharAt(2).deleteCharAt(2).deleteCharAt(2);
        System.out.println(d);
        d.insert(0, "AB-CD");
        System.out.println(d + " " + d.length() + " " + d.charAt(4));
        System.out.println("-- growth");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append((char) ('a' + i % 26));
        System.out.println(big.length() + " " + big.charAt(1999) + " " + big.toString().hashCode());
        StringBuilder cap = new StringBuilder(1);
        for (int i = 0; i < 100; i++) cap.append(i);
        System.out.println(cap.length() + " " + cap);
        System.out.println("-- unicode reverse");
        System.out.println(new StringBuilder("abc\u00e9\u65e5").reverse());
        System.out.println("-- exceptions");
        try { new StringBuilder("abc").deleteCharAt(3); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new StringBuilder("abc").insert(4, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new StringBuilder("abc").setLength(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new StringBuilder("abc").setCharAt(5, 'x'); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        System.out.println("-- number formatting through append");
        StringBuilder nums = new StringBuilder();
        nums.append(Integer.MIN_VALUE).append(',').append(Long.MIN_VALUE).append(',').append(Float.MAX_VALUE).append(',').append(Double.MIN_VALUE).append(',').append(0.0f).append(',').append(-0.0);
        System.out.println(nums);
        System.out.println("-- build a table");
        StringBuilder table = new StringBuilder();
        for (int r = 1; r <= 3; r++) {
            for (int c = 1; c <= 5; c++) {
                String cell = String.valueOf(r * c * 7);
                for (int p = cell.length(); p < 4; p++) table.append(' ');
                table.append(cell);
            }
            table.append('\n');
        }
        System.out.print(table);
    }
}
