public class MultiArrays {
    public static void main(String[] args) {
        System.out.println("-- 2D int");
        int[][] m = new int[3][4];
        for (int i = 0; i < m.length; i++)
            for (int j = 0; j < m[i].length; j++)
                m[i][j] = i * 10 + j;
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        System.out.println(m.getClass().getName() + " " + m[0].getClass().getName());
        System.out.println("-- 3D long");
        long[][][] cube = new long[2][3][4];
        long n = 0;
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++)
                    cube[i][j][k] = n++ * 1000000000L;
        System.out.println(cube.length + " " + cube[1].length + " " + cube[1][2].length + " " + cube[1][2][3] + " " + cube[0][1][2]);
        System.out.println(cube.getClass().getName() + " " + cube[0].getClass().getName() + " " + cube[0][0].getClass().getName());
        System.out.println("-- partially specified dims");
        int[][] jag = new int[3][];
        System.out.println(jag[0] + " " + jag.length);
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = (i + 1) * (j + 1);
        }
        for (int[] row : jag) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(',');
            System.out.println(row.length + ": " + sb);
        }
        String[][][] s3 = new String[2][2][];
        System.out.println(s3[1][1] + " " + s3[1].length);
        s3[1][1] = new String[]{"x", "y"};
        System.out.println(s3[1][1][1]);
        double[][][][] d4 = new double[2][][][];
        d4[1] = new double[1][2][3];
        d4[1][0][1][2] = 2.5;
        System.out.println(d4[0] + " " + d4[1][0][1][2] + " " + d4[1][0][0][0] + " " + d4.getClass().getName());
        System.out.println("-- every element type in 2D");
        boolean[][] zz = new boolean[2][2];
        byte[][] bb = new byte[2][2];
        char[][] cc = new char[2][2];
        short[][] ss = new short[2][2];
        float[][] ff = new float[2][2];
        Object[][] oo = new Object[2][2];
        zz[1][1] = true; bb[1][0] = -1; cc[0][1] = 'c'; ss[1][1] = -2; ff[0][0] = 0.5f; oo[1][1] = "obj";
        System.out.println(zz[1][1] + " " + zz[0][0] + " " + bb[1][0] + " " + cc[0][1] + " " + ss[1][1] + " " + ff[0][0] + " " + oo[1][1] + " " + oo[0][0]);
        System.out.println(zz.getClass().getName() + " " + bb.getClass().getName() + " " + cc.getClass().getName() + " " + ss.getClass().getName() + " " + ff.getClass().getName() + " " + oo.getClass().getName());
        System.out.println("-- initializers");
        int[][] lit = {{1}, {2, 3}, {}, {4, 5, 6}};
        int total = 0;
        for (int[] r : lit) for (int v : r) total += v;
        System.out.println(lit.length + " " + lit[2].length + " " + total);
        String[][] names = {{"a", "b"}, null, {"c"}};
        System.out.println(names[0][1] + " " + names[1] + " " + names[2][0]);
        System.out.println("-- zero-size dims");
        int[][] z0 = new int[0][5];
        int[][] z1 = new int[5][0];
        System.out.println(z0.length + " " + z1.length + " " + z1[4].length);
        System.out.println("-- aliasing and clone of 2D (shallow)");
        int[][] c = m.clone();
        c[0][0] = 999;
        c[1] = new int[]{7};
        System.out.println(m[0][0] + " " + m[1].length + " " + c[1].length);
        System.out.println("-- matrix transpose");
        int[][] t = new int[4][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) t[j][i] = m[i][j];
        for (int[] row : t) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        System.out.println("-- Pascal triangle");
        long[][] pas = new long[15][];
        for (int i = 0; i < pas.length; i++) {
            pas[i] = new long[i + 1];
            pas[i][0] = pas[i][i] = 1;
            for (int j = 1; j < i; j++) pas[i][j] = pas[i - 1][j - 1] + pas[i - 1][j];
        }
        StringBuilder sb = new StringBuilder();
        for (long v : pas[14]) sb.append(v).append(' ');
        System.out.println(sb);
        System.out.println("-- big 3D");
        int[][][] big = new int[20][30][40];
        int cnt = 0;
        for (int[][] a : big) for (int[] b : a) for (int i = 0; i < b.length; i++) b[i] = cnt++;
        System.out.println(big[19][29][39] + " " + big[10][10][10]);
    }
}
