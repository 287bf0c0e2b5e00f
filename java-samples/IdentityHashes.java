import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

// Objects without their own hashCode: what users print by accident (the
// default toString) and the iteration order of hash-based collections keyed
// by identity. No lambdas or string concatenation come before the hashes:
// on HotSpot their bootstrap code draws identity hashes too. (Nor does
// IdentityHashMap: iterating its values draws one on HotSpot; we have not
// found where yet.)
public class IdentityHashes {
    static class Node {
        final String name;
        Node(String name) { this.name = name; }
    }

    public static void main(String[] args) {
        Object first = new Object();
        System.out.println(first.toString().startsWith("java.lang.Object@"));
        System.out.println(Integer.toHexString(first.hashCode()));
        System.out.println(System.identityHashCode(first) == first.hashCode());
        int[] array = new int[4];
        System.out.println(array.hashCode());
        String text = new String("same text");
        System.out.println(System.identityHashCode(text) != text.hashCode());

        List<Node> nodes = new ArrayList<>();
        String[] names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        for (String n : names) nodes.add(new Node(n));
        Set<Node> set = new HashSet<>(nodes);
        StringBuilder order = new StringBuilder();
        for (Node n : set) order.append(n.name).append(' ');
        System.out.println(order.toString().trim());

        Map<Node, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            Node key = nodes.get(i * 3 % nodes.size());
            Integer old = counts.get(key);
            counts.put(key, old == null ? 1 : old + 1);
        }
        for (Map.Entry<Node, Integer> e : counts.entrySet()) {
            System.out.print(e.getKey().name);
            System.out.print('=');
            System.out.println(e.getValue());
        }
        // A hash survives garbage collections that move the object.
        int before = first.hashCode();
        for (int i = 0; i < 2000; i++) { byte[] garbage = new byte[1024]; garbage[0] = 1; }
        System.gc();
        System.out.println(first.hashCode() == before);
        System.out.println(new Object());
    }
}
