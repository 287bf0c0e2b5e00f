public class Life {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int c = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dx == 0 && dy == 0) continue;
                        int yy = (y + dy + h) % h, xx = (x + dx + w) % w; // torus
                        if (g[yy][xx]) c++;
                    }
                n[y][x] = g[y][x] ? (c == 2 || c == 3) : c == 3;
            }
        return n;
    }

    static void print(int gen, boolean[][] g) {
        int alive = 0;
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean b : row) { sb.append(b ? '#' : '.'); if (b) alive++; }
            sb.append('\n');
        }
        System.out.println("generation " + gen + " (" + alive + " alive)");
        System.out.print(sb);
    }

    static boolean[][] parse(String[] rows) {
        boolean[][] g = new boolean[rows.length][rows[0].length()];
        for (int y = 0; y < rows.length; y++)
            for (int x = 0; x < rows[y].length(); x++) g[y][x] = rows[y].charAt(x) == '#';
        return g;
    }

    public static void main(String[] args) {
        String[] start = {
            "....................",
            "..#.................",
            "...#................",
            ".###................",
            "....................",
            "..........###.......",
            "....................",
            "....................",
            "..............##....",
            "..............##....",
            "....................",
            "....................",
        };
        boolean[][] g = parse(start);
        for (int gen = 0; gen <= 12; gen++) {
            if (gen % 4 == 0) print(gen, g);
            g = step(g);
        }
        // a random soup with our own LCG, run for a while and print population counts
        long seed = 2024;
        boolean[][] soup = new boolean[32][32];
        for (int y = 0; y < 32; y++)
            for (int x = 0; x < 32; x++) {
                seed = (seed * 6364136223846793005L + 1442695040888963407L);
                soup[y][x] = (seed >>> 60) < 5;
            }
        StringBuilder pops = new StringBuilder();
        for (int gen = 0; gen < 60; gen++) {
            int alive = 0;
            for (boolean[] row : soup) for (boolean b : row) if (b) alive++;
            pops.append(alive).append(gen % 10 == 9 ? "\n" : " ");
            soup = step(soup);
        }
        System.out.print(pops);
        print(60, soup);
    }
}
