// Bounce: balls bouncing in a box (after the Are-We-Fast-Yet benchmark), with a
// small deterministic pseudo-random generator. Measures field reads/writes on
// many objects, virtual calls, branches and a static helper (abs).
public class Bounce extends harness.RepeatedBenchmark {
    static final int EXPECTED = 1331;

    static final class Random {
        private int seed = 74755;

        int next() {
            seed = ((seed * 1309) + 13849) & 65535;
            return seed;
        }
    }

    static final class Ball {
        private int x;
        private int y;
        private int xVel;
        private int yVel;

        Ball(Random random) {
            x = random.next() % 500;
            y = random.next() % 500;
            xVel = (random.next() % 300) - 150;
            yVel = (random.next() % 300) - 150;
        }

        boolean bounce() {
            int xLimit = 500;
            int yLimit = 500;
            boolean bounced = false;
            x += xVel;
            y += yVel;
            if (x > xLimit) { x = xLimit; xVel = 0 - Math.abs(xVel); bounced = true; }
            if (x < 0) { x = 0; xVel = Math.abs(xVel); bounced = true; }
            if (y > yLimit) { y = yLimit; yVel = 0 - Math.abs(yVel); bounced = true; }
            if (y < 0) { y = 0; yVel = Math.abs(yVel); bounced = true; }
            return bounced;
        }
    }

    static int run() {
        Random random = new Random();
        int ballCount = 100;
        int bounces = 0;
        Ball[] balls = new Ball[ballCount];
        for (int i = 0; i < ballCount; i++) balls[i] = new Ball(random);
        for (int i = 0; i < 50; i++) {
            for (Ball ball : balls) {
                if (ball.bounce()) bounces++;
            }
        }
        return bounces;
    }

    public Object benchmark() { return Integer.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Bounce(), args, 1, 1); }
}
