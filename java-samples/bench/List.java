// List: the Are-We-Fast-Yet List benchmark, written from its description:
// build singly linked lists of 15, 10 and 6 elements and run the recursive
// "tail" function (Takeuchi's function on list lengths) over them. Measures
// recursion, reference fields, null checks and small allocations.
public class List extends harness.RepeatedBenchmark {
    static final int EXPECTED = 10;

    static final class Element {
        final Object val;
        Element next;
        Element(Object val) { this.val = val; }

        int length() {
            int n = 0;
            for (Element e = this; e != null; e = e.next) n++;
            return n;
        }
    }

    static Element makeList(int length) {
        if (length == 0) return null;
        Element e = new Element(Integer.valueOf(length));
        e.next = makeList(length - 1);
        return e;
    }

    /** Whether list x is shorter than list y, walking both together. */
    static boolean isShorterThan(Element x, Element y) {
        Element xTail = x, yTail = y;
        while (yTail != null) {
            if (xTail == null) return true;
            xTail = xTail.next;
            yTail = yTail.next;
        }
        return false;
    }

    static Element tail(Element x, Element y, Element z) {
        if (isShorterThan(y, x)) {
            return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
        }
        return z;
    }

    public Object benchmark() {
        Element result = tail(makeList(15), makeList(10), makeList(6));
        return Integer.valueOf(result.length());
    }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new List(), args, 1, 1); }
}
