public class ArrayExceptions {
    static int[] nullInts() { return null; }

    public static void main(String[] args) {
        int[] a = new int[3];
        int[] idx = {-1, 3, 5, Integer.MIN_VALUE, Integer.MAX_VALUE, 2};
        for (int k : idx) {
            try {
                a[k] = 1;
                System.out.println("stored at " + k);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("iastore " + e.getMessage());
            }
            try {
                System.out.println("loaded " + a[k]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("iaload " + e.getMessage());
            }
        }
        long[] la = new long[0];
        try { la[0] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("lastore " + e.getMessage()); }
        double[] da = new double[2];
        try { System.out.println(da[2]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("daload " + e.getMessage()); }
        float[] fa = new float[1];
        try { fa[-5] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("fastore " + e.getMessage()); }
        byte[] ba = new byte[4];
        try { System.out.println(ba[4]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("baload " + e.getMessage()); }
        boolean[] za = new boolean[4];
        try { za[10] = true; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("bastore(boolean) " + e.getMessage()); }
        char[] ca = new char[7];
        try { System.out.println(ca[7]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("caload " + e.getMessage()); }
        short[] sa = new short[1];
        try { sa[1]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("saload " + e.getMessage()); }
        String[] oa = new String[2];
        try { oa[2] = "x"; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aastore " + e.getMessage()); }
        try { System.out.println(oa[-2]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aaload " + e.getMessage()); }
        try {
            int[][] m = new int[2][2];
            m[1][2] = 3;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("2d " + e.getMessage());
        }
        try {
            throw new ArrayIndexOutOfBoundsException("custom message");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("custom " + e.getMessage() + " " + (e instanceof ArrayIndexOutOfBoundsException));
        }
        System.out.println("-- negative sizes");
        int[] sizes = {-1, -100, Integer.MIN_VALUE, 0};
        for (int n : sizes) {
            try { int[] x = new int[n]; System.out.println("int len " + x.length); } catch (NegativeArraySizeException e) { System.out.println("newarray " + e.getMessage()); }
            try { String[] x = new String[n]; System.out.println("String len " + x.length); } catch (NegativeArraySizeException e) { System.out.println("anewarray " + e.getMessage()); }
            try { int[][] x = new int[2][n]; System.out.println("2d len " + x.length); } catch (NegativeArraySizeException e) { System.out.println("multianewarray " + e.getMessage()); }
            try { int[][] x = new int[n][2]; System.out.println("2d len " + x.length); } catch (NegativeArraySizeException e) { System.out.println("multianewarray first " + e.getMessage()); }
        }
        try { long[][][] x = new long[3][-7][]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("3d partial " + e.getMessage()); }
        try { int[][] x = new int[0][-1]; System.out.println("zero outer, negative inner: " + x.length); } catch (NegativeArraySizeException e) { System.out.println("zero outer " + e.getMessage()); }
        System.out.println("-- ArrayStoreException");
        Object[] objs = new String[3];
        objs[0] = "fine";
        try {
            objs[1] = Integer.valueOf(42);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        objs[2] = null;
        System.out.println(objs[0] + " " + objs[1] + " " + objs[2]);
        Number[] nums = new Integer[2];
        try {
            nums[0] = Double.valueOf(1.5);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Object[] deep = new int[2][];
        deep[0] = new int[3];
        try {
            deep[1] = new long[3];
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Object[][] grid = new String[2][2];
        try {
            grid[0] = new Object[1];
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            grid[1][0] = new StringBuilder("sb");
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Comparable<?>[] comps = new String[1];
        comps[0] = "ok";
        try { comps[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        Object[] sub = new Sub[1];
        try { sub[0] = new Base(); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        sub[0] = new Sub();
        System.out.println("stored Sub ok");
        System.out.println("-- null arrays");
        int[] n = nullInts();
        try { System.out.println(n[0]); } catch (NullPointerException e) { System.out.println("iaload null: " + e.getClass().getName()); }
        try { n[0] = 1; } catch (NullPointerException e) { System.out.println("iastore null: " + e.getClass().getName()); }
        try { System.out.println(n.length); } catch (NullPointerException e) { System.out.println("arraylength null: " + e.getClass().getName()); }
        Object[] on = null;
        try { on[0] = "x"; } catch (NullPointerException e) { System.out.println("aastore null: " + e.getClass().getName()); }
        long[] ln = null;
        try { ln[1]++; } catch (NullPointerException e) { System.out.println("laload null: " + e.getClass().getName()); }
        double[] dn = null;
        try { System.out.println(dn[0]); } catch (NullPointerException e) { System.out.println("daload null: " + e.getClass().getName()); }
        char[] cn = null;
        try { for (char ch : cn) System.out.println(ch); } catch (NullPointerException e) { System.out.println("foreach null: " + e.getClass().getName()); }
        try { Object o = n.clone(); System.out.println(o); } catch (NullPointerException e) { System.out.println("clone null: " + e.getClass().getName()); }
        System.out.println("-- evaluation order: index evaluated before value, exception before store");
        int[] arr = new int[2];
        int zero = args.length;
        int j = 0;
        try {
            arr[j++] = arr[5];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("j=" + j + " " + e.getMessage() + " arr0=" + arr[0]);
        }
        try {
            arr[j = 7] = j / zero;
        } catch (ArithmeticException e) {
            System.out.println("j=" + j + " " + e.getMessage());
        }
        try {
            int[] nn = null;
            nn[j++] = j / zero;
        } catch (NullPointerException e) {
            System.out.println("NPE first? j=" + j);
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException first, j=" + j);
        }
        System.out.println("done");
    }
}

class Base {}
class Sub extends Base {}
