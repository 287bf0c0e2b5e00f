import java.util.Enumeration;
import java.util.Stack;
import java.util.Vector;

/** Vector and Stack: the pre-collections-framework classes still common in older code. */
public class LegacyCollections {
    static boolean balanced(String s) {
        Stack<Character> stack = new Stack<Character>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (stack.empty()) {
                    return false;
                }
                char open = stack.pop();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }

    static long evalRpn(String expr) {
        Stack<Long> stack = new Stack<Long>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isDigit(c)) {
                long v = 0;
                while (i < expr.length() && Character.isDigit(expr.charAt(i))) {
                    v = v * 10 + (expr.charAt(i++) - '0');
                }
                stack.push(v);
            } else {
                long b = stack.pop();
                long a = stack.pop();
                stack.push(c == '+' ? a + b : c == '-' ? a - b : c == '*' ? a * b : a / b);
                i++;
            }
        }
        return stack.pop();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"(a[b]{c})", "([)]", "((", "{[()()]}", ""}) {
            System.out.println("'" + s + "' balanced: " + balanced(s));
        }
        System.out.println(evalRpn("3 4 + 2 *") + " " + evalRpn("100 7 3 - / 5 *") + " " + evalRpn("1 2 3 4 5 + + + +"));

        Stack<String> books = new Stack<String>();
        books.push("Dune");
        books.push("Emma");
        books.push("Ulysses");
        books.add(0, "Beloved");
        System.out.println(books + " top=" + books.peek() + " search(Dune)=" + books.search("Dune")
                + " search(Nope)=" + books.search("Nope"));
        System.out.println("pop " + books.pop() + " -> " + books + " size " + books.size());

        Vector<Integer> v = new Vector<Integer>(4, 3);
        for (int i = 0; i < 12; i++) {
            v.addElement(i * i);
            if (i % 4 == 3) {
                System.out.println("size " + v.size() + " capacity " + v.capacity());
            }
        }
        Vector<Integer> doubling = new Vector<Integer>(2);
        for (int i = 0; i < 9; i++) {
            doubling.add(i);
        }
        System.out.println("doubling capacity " + doubling.capacity());
        v.insertElementAt(-1, 0);
        v.removeElementAt(5);
        v.setElementAt(1000, 2);
        v.removeElement(49);
        System.out.println(v + " first " + v.firstElement() + " last " + v.lastElement() + " indexOf(100) "
                + v.indexOf(100) + " elementAt(3) " + v.elementAt(3));
        long sum = 0;
        for (Enumeration<Integer> e = v.elements(); e.hasMoreElements();) {
            sum += e.nextElement();
        }
        System.out.println("sum " + sum);
        v.setSize(4);
        System.out.println(v + " " + v.contains(1000));
        v.setSize(6);
        System.out.println(v);
        Integer[] copy = new Integer[v.size()];
        v.copyInto(copy);
        System.out.println(java.util.Arrays.toString(copy) + " " + v.equals(java.util.Arrays.asList(copy)));
        v.removeAllElements();
        System.out.println(v + " " + v.isEmpty());
    }
}
