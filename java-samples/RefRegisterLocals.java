// Reference locals that compiled code keeps in callee-saved registers (docs/jit.md
// "Register locals"). The GC moves objects at every safepoint (--gc-stress
// collects at each): after an allocation's slow path, a call, a helper, a
// safepoint poll or an inlined body's cold path the register must be reloaded
// from its slot, which the GC updated; the slot must be written where the
// frame is seen (a handler in this method runs interpreted and comes back by
// on-stack replacement; a throw out of the loop). javac reuses a dead int
// local's slot for a reference (`for (int i ...)` then `Node p`): the register
// holds the reference only where the slot does.
public class RefRegisterLocals {
    static final class Node {
        int value;
        Node next;
        int[] payload;

        Node(int value) {
            this.value = value;
            this.payload = new int[value % 5 + 1];
        }

        void bump(int d) { value += d; }  // inlined (tiered)

        int weigh() {  // a call
            int s = value;
            for (int k = 0; k < payload.length; k++) s += payload[k];
            return s;
        }
    }

    static Node ring(int n) {
        Node first = new Node(0), last = first;
        for (int i = 1; i < n; i++) {
            Node nd = new Node(i);
            last.next = nd;
            last = nd;
        }
        last.next = first;
        return first;
    }

    // Walks a ring, allocating at each step: every reference local is moved by each collection.
    static long walkAndAllocate(int steps) {
        Node p = ring(7);
        Node keep = p;
        long sum = 0;
        for (int i = 0; i < steps; i++) {
            Node q = p.next;
            q.payload[0] += p.value & 3;
            Node fresh = new Node(i);  // the allocation's slow path may collect
            fresh.next = q.next;
            q.next = fresh;  // the ring grows: old nodes stay reachable only through it
            p.bump(1);
            sum += q.weigh() + fresh.value;
            p = fresh;
        }
        Node r = keep;
        for (int i = 0; i < 12; i++) {
            sum = sum * 31 + r.value + r.payload.length;
            r = r.next;
        }
        return sum;
    }

    // An int slot reused for a reference, and the reference's slot reused for an int (javac's layout).
    static long reusedSlots(int n) {
        Node[] nodes = new Node[8];
        for (int i = 0; i < nodes.length; i++) nodes[i] = new Node(i * 3);
        for (int i = 0; i < nodes.length; i++) nodes[i].next = nodes[(i + 3) % nodes.length];
        Node p = nodes[0];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 8; j++) {
                Node q = p.next;
                q.value += p.value & 15;
                if (q.value > 1000) q.value -= 1000;
                if ((i & 7) == 0) q.payload = new int[j + 1];
                p = q;
            }
        }
        long sum = p.value;
        for (int i = 0; i < nodes.length; i++) {
            Node q = nodes[i];
            sum = sum * 31 + q.value + q.payload.length;
        }
        return sum;
    }

    // A handler in this method: the interpreter runs it from the slots, then the loop goes on.
    static String handlerInLoop(int n) {
        Node p = ring(5);
        Object[] box = new Object[1];
        StringBuilder log = new StringBuilder();
        int caught = 0;
        for (int i = 0; i < n; i++) {
            try {
                if (i % 97 == 96) box = new Object[0];
                box[0] = p;  // throws after a short box
                p = p.next;
                p.bump(i & 1);
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
                box = new Object[1];
                p = new Node(p.value + 1000);
                p.next = ring(3);
            }
        }
        log.append(caught).append(' ').append(p.value).append(' ').append(((Node) box[0]).value);
        return log.toString();
    }

    // A throw out of the loop: the handler reads what the reference locals held at the throw.
    static String throwOutOfLoop(int n) {
        Node p = ring(4), last = null;
        int i = 0;
        try {
            for (i = 0; i < n; i++) {
                Node nx = p.next;  // throws once p is null: `last` is the node before
                last = p;
                p = nx;
                if (p.value == 3 && i > 20) p = null;  // the next p.next throws
                new Node(i);  // garbage: a collection under --gc-stress
            }
        } catch (NullPointerException e) {
            return "caught at " + i + ": " + last.value + " " + (p == null);
        }
        return "done " + p.value;
    }

    // A reference argument and `this` in registers, calls between their uses.
    int offset = 3;

    long withThis(Node start, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += start.weigh() + this.offset;
            start = start.next;
            if ((i & 15) == 0) offset = new Node(i).value & 7;
        }
        return s + start.value;
    }

    // Arrays of references held in register locals, stored into (a card mark each).
    static int arrays(int n) {
        Object[] a = new Object[4];
        Object[] b = new Object[4];
        for (int i = 0; i < n; i++) {
            a[i & 3] = new Node(i);
            Object[] t = a;
            a = b;
            b = t;
        }
        int s = 0;
        for (Object o : a) s += o == null ? 0 : ((Node) o).value;
        for (Object o : b) s += o == null ? 0 : ((Node) o).value;
        return s;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {  // later rounds run compiled (tiered: by OSR first)
            System.out.println(walkAndAllocate(3000));
            System.out.println(reusedSlots(400));
            System.out.println(handlerInLoop(2000));
            System.out.println(throwOutOfLoop(100));
            System.out.println(new RefRegisterLocals().withThis(ring(6), 3000));
            System.out.println(arrays(5000));
        }
    }
}
