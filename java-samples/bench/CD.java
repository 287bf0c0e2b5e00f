// CD: collision detection for simulated aircraft (after Kalibera et al.'s CDx,
// as the Are-We-Fast-Yet suite describes its CD benchmark). For 200 frames,
// the simulator moves N aircraft; the detector keeps each one's last position
// in a red-black tree, turns moves into motions, hashes each motion into the
// 2-D voxels it passes through (recursively, from its start voxel), and tests
// every pair of motions sharing a voxel for a 4-D (space and time)
// intersection. Measures double arithmetic, small immutable objects, tree
// maps keyed by Comparable objects and the suite's Vector. The inner parameter
// is N; the suite publishes the collision counts checked below.
import harness.RedBlackTree;
import harness.Vector;

public class CD extends harness.Benchmark {
    static final double MIN_X = 0.0, MIN_Y = 0.0, MAX_X = 1000.0, MAX_Y = 1000.0, MIN_Z = 0.0, MAX_Z = 10.0;
    static final double PROXIMITY_RADIUS = 1.0;
    static final double GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

    static final class Vector2D implements Comparable<Vector2D> {
        final double x, y;
        Vector2D(double x, double y) { this.x = x; this.y = y; }
        Vector2D plus(Vector2D o) { return new Vector2D(x + o.x, y + o.y); }
        Vector2D minus(Vector2D o) { return new Vector2D(x - o.x, y - o.y); }

        public int compareTo(Vector2D o) {
            int r = compareNumbers(x, o.x);
            return r != 0 ? r : compareNumbers(y, o.y);
        }

        /** Total order on doubles with NaN below everything, as the suite defines it. */
        static int compareNumbers(double a, double b) {
            if (a == b) return 0;
            if (a < b) return -1;
            if (a > b) return 1;
            return a == a ? 1 : -1; // one is NaN: NaN is smaller than a number
        }
    }

    static final class Vector3D {
        final double x, y, z;
        Vector3D(double x, double y, double z) { this.x = x; this.y = y; this.z = z; }
        Vector3D plus(Vector3D o) { return new Vector3D(x + o.x, y + o.y, z + o.z); }
        Vector3D minus(Vector3D o) { return new Vector3D(x - o.x, y - o.y, z - o.z); }
        double dot(Vector3D o) { return x * o.x + y * o.y + z * o.z; }
        double squaredMagnitude() { return dot(this); }
        double magnitude() { return Math.sqrt(squaredMagnitude()); }
        Vector3D times(double a) { return new Vector3D(x * a, y * a, z * a); }
    }

    static final class CallSign implements Comparable<CallSign> {
        final int value;
        CallSign(int value) { this.value = value; }
        public int compareTo(CallSign o) { return value == o.value ? 0 : value < o.value ? -1 : 1; }
    }

    static final class Aircraft {
        final CallSign callsign;
        final Vector3D position;
        Aircraft(CallSign callsign, Vector3D position) { this.callsign = callsign; this.position = position; }
    }

    static final class Collision {
        final CallSign aircraftA, aircraftB;
        final Vector3D position;
        Collision(CallSign a, CallSign b, Vector3D position) { aircraftA = a; aircraftB = b; this.position = position; }
    }

    static final class Motion {
        final CallSign callsign;
        final Vector3D posOne, posTwo;

        Motion(CallSign callsign, Vector3D posOne, Vector3D posTwo) {
            this.callsign = callsign;
            this.posOne = posOne;
            this.posTwo = posTwo;
        }

        Vector3D delta() { return posTwo.minus(posOne); }

        /**
         * Where this motion and {@code other} come within PROXIMITY_RADIUS of each
         * other, both moving at constant speed along their segments during the
         * same unit of time, or null. Solves |I1 + v V1 - (I2 + v V2)|^2 = r^2
         * for v, a quadratic a v^2 + b v + c = 0, and accepts a root interval
         * that meets [0, 1].
         */
        Vector3D findIntersection(Motion other) {
            Vector3D init1 = posOne, init2 = other.posOne;
            Vector3D vec1 = delta(), vec2 = other.delta();
            double radius = PROXIMITY_RADIUS;
            double a = vec2.minus(vec1).squaredMagnitude();
            if (a != 0.0) {
                double b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
                double c = -radius * radius + init2.minus(init1).squaredMagnitude();
                double discr = b * b - 4.0 * a * c;
                if (discr < 0.0) return null;
                double v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
                double v2 = (-b + Math.sqrt(discr)) / (2.0 * a);
                if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
                    // report the collision at the first moment inside [0, 1]
                    double v = v1 <= 0.0 ? 0.0 : v1;
                    Vector3D result1 = init1.plus(vec1.times(v));
                    Vector3D result2 = init2.plus(vec2.times(v));
                    Vector3D result = result1.plus(result2).times(0.5);
                    if (result.x >= MIN_X && result.x <= MAX_X && result.y >= MIN_Y && result.y <= MAX_Y
                            && result.z >= MIN_Z && result.z <= MAX_Z) {
                        return result;
                    }
                }
                return null;
            }
            // same velocity (or both still): the distance never changes
            double dist = init2.minus(init1).magnitude();
            if (dist <= radius) return init1.plus(init2).times(0.5);
            return null;
        }
    }

    static final class Simulator {
        final Vector<CallSign> aircraft = new Vector<CallSign>();

        Simulator(int numAircraft) {
            for (int i = 0; i < numAircraft; i++) aircraft.append(new CallSign(i));
        }

        Vector<Aircraft> simulate(double time) {
            Vector<Aircraft> frame = new Vector<Aircraft>();
            for (int i = 0; i < aircraft.size(); i += 2) {
                frame.append(new Aircraft(aircraft.at(i), new Vector3D(time, Math.cos(time) * 2 + i * 3, 10)));
                frame.append(new Aircraft(aircraft.at(i + 1), new Vector3D(time, Math.sin(time) * 2 + i * 3, 10)));
            }
            return frame;
        }
    }

    static final class CollisionDetector {
        static final Vector2D HORIZONTAL = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
        static final Vector2D VERTICAL = new Vector2D(0.0, GOOD_VOXEL_SIZE);

        final RedBlackTree<CallSign, Vector3D> state = new RedBlackTree<CallSign, Vector3D>();

        Vector<Collision> handleNewFrame(Vector<Aircraft> frame) {
            Vector<Motion> motions = new Vector<Motion>();
            final RedBlackTree<CallSign, Boolean> seen = new RedBlackTree<CallSign, Boolean>();
            for (int i = 0; i < frame.size(); i++) {
                Aircraft aircraft = frame.at(i);
                Vector3D oldPosition = state.put(aircraft.callsign, aircraft.position);
                Vector3D newPosition = aircraft.position;
                seen.put(aircraft.callsign, Boolean.TRUE);
                if (oldPosition == null) oldPosition = newPosition; // a new aircraft: as if it stood still
                motions.append(new Motion(aircraft.callsign, oldPosition, newPosition));
            }
            // forget aircraft that have left
            final Vector<CallSign> toRemove = new Vector<CallSign>();
            state.forEach(new RedBlackTree.EntryVisitor<CallSign, Vector3D>() {
                public void visit(CallSign key, Vector3D value) {
                    if (seen.get(key) == null) toRemove.append(key);
                }
            });
            for (int i = 0; i < toRemove.size(); i++) state.remove(toRemove.at(i));

            Vector<Vector<Motion>> allReduced = reduceCollisionSet(motions);
            Vector<Collision> collisions = new Vector<Collision>();
            for (int r = 0; r < allReduced.size(); r++) {
                Vector<Motion> reduced = allReduced.at(r);
                for (int i = 0; i < reduced.size(); i++) {
                    Motion motion1 = reduced.at(i);
                    for (int j = i + 1; j < reduced.size(); j++) {
                        Motion motion2 = reduced.at(j);
                        Vector3D collision = motion1.findIntersection(motion2);
                        if (collision != null) collisions.append(new Collision(motion1.callsign, motion2.callsign, collision));
                    }
                }
            }
            return collisions;
        }

        /** Whether the motion passes within PROXIMITY_RADIUS/2 of the voxel (a GOOD_VOXEL_SIZE square at voxel). */
        static boolean isInVoxel(Vector2D voxel, Motion motion) {
            if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) return false;
            Vector3D init = motion.posOne, fin = motion.posTwo;
            double vS = GOOD_VOXEL_SIZE;
            double r = PROXIMITY_RADIUS / 2.0;
            double vX = voxel.x, x0 = init.x, xv = fin.x - init.x;
            double vY = voxel.y, y0 = init.y, yv = fin.y - init.y;
            double lowX = (vX - r - x0) / xv, highX = (vX + vS + r - x0) / xv;
            if (xv < 0.0) { double t = lowX; lowX = highX; highX = t; }
            double lowY = (vY - r - y0) / yv, highY = (vY + vS + r - y0) / yv;
            if (yv < 0.0) { double t = lowY; lowY = highY; highY = t; }
            boolean xOk = (xv == 0.0 && vX <= x0 + r && x0 - r <= vX + vS)
                    || (lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0);
            boolean yOk = (yv == 0.0 && vY <= y0 + r && y0 - r <= vY + vS)
                    || (lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0);
            boolean overlapInTime = xv == 0.0 || yv == 0.0
                    || (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY) || (lowX <= lowY && highY <= highX);
            return xOk && yOk && overlapInTime;
        }

        static void putIntoMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Vector2D voxel, Motion motion) {
            Vector<Motion> array = voxelMap.get(voxel);
            if (array == null) {
                array = new Vector<Motion>();
                voxelMap.put(voxel, array);
            }
            array.append(motion);
        }

        static void recurse(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, RedBlackTree<Vector2D, Boolean> seen,
                            Vector2D nextVoxel, Motion motion) {
            if (!isInVoxel(nextVoxel, motion)) return;
            if (seen.put(nextVoxel, Boolean.TRUE) == Boolean.TRUE) return;
            putIntoMap(voxelMap, nextVoxel, motion);
            recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL), motion);
            recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL), motion);
            recurse(voxelMap, seen, nextVoxel.minus(VERTICAL), motion);
            recurse(voxelMap, seen, nextVoxel.plus(VERTICAL), motion);
            recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).minus(VERTICAL), motion);
            recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).plus(VERTICAL), motion);
            recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).minus(VERTICAL), motion);
            recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).plus(VERTICAL), motion);
        }

        /** The groups of motions that share a voxel (only those can collide). */
        static Vector<Vector<Motion>> reduceCollisionSet(Vector<Motion> motions) {
            RedBlackTree<Vector2D, Vector<Motion>> voxelMap = new RedBlackTree<Vector2D, Vector<Motion>>();
            for (int i = 0; i < motions.size(); i++) {
                Motion motion = motions.at(i);
                recurse(voxelMap, new RedBlackTree<Vector2D, Boolean>(), voxelHash(motion.posOne), motion);
            }
            final Vector<Vector<Motion>> result = new Vector<Vector<Motion>>();
            voxelMap.forEach(new RedBlackTree.EntryVisitor<Vector2D, Vector<Motion>>() {
                public void visit(Vector2D key, Vector<Motion> value) {
                    if (value.size() > 1) result.append(value);
                }
            });
            return result;
        }

        static Vector2D voxelHash(Vector3D position) {
            int xDiv = (int) (position.x / GOOD_VOXEL_SIZE);
            int yDiv = (int) (position.y / GOOD_VOXEL_SIZE);
            double x = GOOD_VOXEL_SIZE * xDiv, y = GOOD_VOXEL_SIZE * yDiv;
            if (position.x < 0) x -= GOOD_VOXEL_SIZE;
            if (position.y < 0) y -= GOOD_VOXEL_SIZE;
            return new Vector2D(x, y);
        }
    }

    static int benchmark(int numAircraft) {
        int numFrames = 200;
        Simulator simulator = new Simulator(numAircraft);
        CollisionDetector detector = new CollisionDetector();
        int actualCollisions = 0;
        for (int i = 0; i < numFrames; i++) {
            double time = i / 10.0;
            actualCollisions += detector.handleNewFrame(simulator.simulate(time)).size();
        }
        return actualCollisions;
    }

    // the published collision counts per number of aircraft
    static final int[] AIRCRAFT = {2, 10, 100, 200, 250, 500, 1000};
    static final int[] COLLISIONS = {42, 390, 4305, 8655, 10830, 14484, 14484};

    public boolean innerBenchmarkLoop(int numAircraft) {
        int result = benchmark(numAircraft);
        for (int i = 0; i < AIRCRAFT.length; i++) {
            if (AIRCRAFT[i] == numAircraft) return result == COLLISIONS[i];
        }
        System.out.println("CD: no known result for " + numAircraft + " aircraft (known: 2, 10, 100, 200, 250, 500, 1000)");
        return false;
    }

    public static void main(String[] args) { harness.Run.main(new CD(), args, 1, 2); }
}
