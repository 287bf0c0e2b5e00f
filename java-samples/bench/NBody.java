// NBody: the classic planetary n-body simulation (after the Computer Language
// Benchmarks Game / Are-We-Fast-Yet). Measures double arithmetic, Math.sqrt,
// double fields and nested loops over a small object array.
public class NBody extends harness.RepeatedBenchmark {
    static final int STEPS = 1000;
    // Energy after STEPS steps, as raw IEEE-754 bits: the check is exact.
    static final long EXPECTED_BITS = -4628111993556820055L;

    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx * DAYS_PER_YEAR;
            this.vy = vy * DAYS_PER_YEAR;
            this.vz = vz * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }

        void offsetMomentum(double px, double py, double pz) {
            vx = 0.0 - (px / SOLAR_MASS);
            vy = 0.0 - (py / SOLAR_MASS);
            vz = 0.0 - (pz / SOLAR_MASS);
        }
    }

    static Body[] createBodies() {
        Body[] bodies = new Body[] {
            new Body(0, 0, 0, 0, 0, 0, 1), // sun
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                     1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                     9.54791938424326609e-04), // jupiter
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                     -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                     2.85885980666130812e-04), // saturn
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                     2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                     4.36624404335156298e-05), // uranus
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                     2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                     5.15138902046611451e-05), // neptune
        };
        double px = 0.0, py = 0.0, pz = 0.0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        bodies[0].offsetMomentum(px, py, pz);
        return bodies;
    }

    static void advance(Body[] bodies, double dt) {
        for (int i = 0; i < bodies.length; i++) {
            Body iBody = bodies[i];
            for (int j = i + 1; j < bodies.length; j++) {
                Body jBody = bodies[j];
                double dx = iBody.x - jBody.x;
                double dy = iBody.y - jBody.y;
                double dz = iBody.z - jBody.z;
                double dSquared = dx * dx + dy * dy + dz * dz;
                double distance = Math.sqrt(dSquared);
                double mag = dt / (dSquared * distance);
                iBody.vx -= dx * jBody.mass * mag;
                iBody.vy -= dy * jBody.mass * mag;
                iBody.vz -= dz * jBody.mass * mag;
                jBody.vx += dx * iBody.mass * mag;
                jBody.vy += dy * iBody.mass * mag;
                jBody.vz += dz * iBody.mass * mag;
            }
        }
        for (Body b : bodies) {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    static double energy(Body[] bodies) {
        double e = 0.0;
        for (int i = 0; i < bodies.length; i++) {
            Body iBody = bodies[i];
            e += 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz);
            for (int j = i + 1; j < bodies.length; j++) {
                Body jBody = bodies[j];
                double dx = iBody.x - jBody.x;
                double dy = iBody.y - jBody.y;
                double dz = iBody.z - jBody.z;
                e -= (iBody.mass * jBody.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    /** A fresh system advanced STEPS steps; its energy, as raw bits (the check is exact). */
    public Object benchmark() {
        Body[] bodies = createBodies();
        for (int s = 0; s < STEPS; s++) advance(bodies, 0.01);
        return Long.valueOf(Double.doubleToRawLongBits(energy(bodies)));
    }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED_BITS; }

    public static void main(String[] args) { harness.Run.main(new NBody(), args, 1, 1); }
}
