// GcCycles: cyclic object graphs. Each step builds a ring of nodes with
// chords (every node also points a third of the way round) and a back pointer
// to the ring's head, then drops it; one ring in sixteen is retained. Garbage
// made of cycles can only be freed by a tracing collector (reference counting
// would leak it all). The inner parameter is the number of rings (100 nodes each).
public class GcCycles extends harness.Benchmark {
    static final int RING = 100;

    static final class Node {
        final int index;
        Node next, chord, head;
        Node(int index) { this.index = index; }
    }

    static Node buildRing(int size) {
        Node[] nodes = new Node[size];
        for (int i = 0; i < size; i++) nodes[i] = new Node(i);
        for (int i = 0; i < size; i++) {
            nodes[i].next = nodes[(i + 1) % size];
            nodes[i].chord = nodes[(i + size / 3) % size];
            nodes[i].head = nodes[0];
        }
        return nodes[0];
    }

    /** Walks the ring by next pointers and checks every chord and head; returns its length or -1. */
    static int walk(Node head) {
        int n = 0;
        Node node = head;
        do {
            if (node.head != head || node.chord.index != (node.index + RING / 3) % RING) return -1;
            node = node.next;
            n++;
        } while (node != head && n <= RING);
        return n;
    }

    public boolean innerBenchmarkLoop(int rings) {
        Node[] retained = new Node[rings / 16 + 1];
        int kept = 0;
        for (int i = 0; i < rings; i++) {
            Node ring = buildRing(RING);
            if (walk(ring) != RING) return false;
            if (i % 16 == 0) retained[kept++] = ring;
        }
        for (int i = 0; i < kept; i++) {
            if (walk(retained[i]) != RING) return false;
        }
        return true;
    }

    public static void main(String[] args) { harness.Run.main(new GcCycles(), args, 1, 100); }
}
