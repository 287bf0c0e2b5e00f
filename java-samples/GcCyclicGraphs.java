// Allocation-heavy (-Xmx16m): cyclic structures — rings, doubly linked lists,
// a graph whose edges form cycles — are built, checked and dropped. A tracing
// collector reclaims cycles that reference counting never would; a moving one
// must keep every back-pointer consistent.
public class GcCyclicGraphs {
    static final class Vertex {
        final int id;
        Vertex[] edges = new Vertex[4];
        int degree;
        final long[] weight = new long[256];
        boolean visited;

        Vertex(int id) {
            this.id = id;
            for (int i = 0; i < weight.length; i++) weight[i] = (long) id * 31 + i;
        }

        void connect(Vertex other) {
            if (degree == edges.length) {
                Vertex[] bigger = new Vertex[degree * 2];
                System.arraycopy(edges, 0, bigger, 0, degree);
                edges = bigger;
            }
            edges[degree++] = other;
        }
    }

    static final class Link {
        Link prev, next;
        final byte[] data;

        Link(int n) {
            data = new byte[2000 + n % 50];
            data[0] = (byte) n;
        }
    }

    // A ring of n vertices, each also linked to the vertex `chord` steps ahead.
    static Vertex ring(int n, int chord) {
        Vertex[] vs = new Vertex[n];
        for (int i = 0; i < n; i++) vs[i] = new Vertex(i);
        for (int i = 0; i < n; i++) {
            vs[i].connect(vs[(i + 1) % n]);
            vs[i].connect(vs[(i + chord) % n]);
            vs[(i + 1) % n].connect(vs[i]);
        }
        return vs[0];
    }

    // Depth-first count of reachable vertices and the sum of their ids and weights.
    static long[] explore(Vertex start) {
        long count = 0, ids = 0, weights = 0;
        Vertex[] stack = new Vertex[64];
        int sp = 0;
        stack[sp++] = start;
        start.visited = true;
        while (sp > 0) {
            Vertex v = stack[--sp];
            count++;
            ids += v.id;
            weights += v.weight[v.weight.length - 1];
            for (int i = 0; i < v.degree; i++) {
                Vertex w = v.edges[i];
                if (w.visited) continue;
                w.visited = true;
                if (sp == stack.length) {
                    Vertex[] bigger = new Vertex[sp * 2];
                    System.arraycopy(stack, 0, bigger, 0, sp);
                    stack = bigger;
                }
                stack[sp++] = w;
            }
        }
        return new long[] {count, ids, weights};
    }

    // A circular doubly linked list; walks it both ways.
    static String doublyLinked(int n) {
        Link head = new Link(0);
        head.prev = head.next = head;
        for (int i = 1; i < n; i++) {
            Link l = new Link(i);
            l.prev = head.prev;
            l.next = head;
            head.prev.next = l;
            head.prev = l;
        }
        int forward = 0, backward = 0, bytes = 0;
        for (Link l = head.next; l != head; l = l.next) forward++;
        for (Link l = head.prev; l != head; l = l.prev) {
            backward++;
            bytes += l.data.length;
        }
        return forward + "/" + backward + "/" + bytes;
    }

    public static void main(String[] args) {
        Vertex keep = ring(150, 7);  // survives every collection below
        for (int round = 0; round < 8; round++) {
            Vertex r = ring(400 + round * 10, 3 + round);
            long[] stats = explore(r);
            System.out.println("ring " + round + ": vertices=" + stats[0] + " ids=" + stats[1] + " weights=" + stats[2]);
            System.out.println("list " + round + ": " + doublyLinked(500 + round));
        }
        long[] kept = explore(keep);
        System.out.println("kept ring: vertices=" + kept[0] + " ids=" + kept[1] + " weights=" + kept[2]);
    }
}
