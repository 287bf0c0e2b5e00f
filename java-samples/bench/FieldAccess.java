// FieldAccess: instance fields (int, long, double, reference) read and written
// in loops, through `this` and through another object's reference, plus a
// static field: getfield/putfield/getstatic/putstatic.
public class FieldAccess {
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

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long result = 0;
        for (int i = 0; i < iterations; i++) {
            result = run();
            if (result != EXPECTED) {
                System.out.println("FieldAccess: wrong result " + result + ", expected " + EXPECTED);
                System.exit(1);
            }
        }
        System.out.println(result);
    }
}
