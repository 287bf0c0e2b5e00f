// FieldAccess: instance fields (int, long, double, reference) read and written
// in loops, through `this` and through another object's reference, plus a
// static field: getfield/putfield/getstatic/putstatic.
public class FieldAccess extends harness.RepeatedBenchmark {
    static final int N = 2000;
    static final long EXPECTED = -5083444565030969480L;
    static int staticCounter;

    static final class Point {
        int x;
        int y;
        long weight;
        double scale;
        Point next;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            this.scale = 1.0;
        }

        void step(int d) {
            x += d;
            y -= d;
            weight += x ^ y;
            scale = scale * 0.5 + 1.0;
        }
    }

    static long run() {
        Point[] points = new Point[16];
        for (int i = 0; i < points.length; i++) points[i] = new Point(i, -i);
        for (int i = 0; i < points.length; i++) points[i].next = points[(i + 1) % points.length];
        staticCounter = 0;
        Point p = points[0];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 16; j++) {
                p.step(j);
                Point q = p.next;
                q.x += p.y & 15;
                q.weight -= p.x;
                if (q.x > 1000) q.x -= 1000;
                staticCounter += q.x;
                p = q;
            }
        }
        long sum = staticCounter;
        for (int i = 0; i < points.length; i++) {
            Point q = points[i];
            sum = sum * 31 + q.x + q.y * 7 + q.weight + (long) (q.scale * 1000);
        }
        return sum;
    }

    public Object benchmark() { return Long.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new FieldAccess(), args, 1, 1); }
}
