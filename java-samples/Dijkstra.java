import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Shortest paths with Dijkstra's algorithm over a PriorityQueue. */
public class Dijkstra {
    static final class Edge {
        final int to;
        final int weight;

        Edge(int to, int weight) {
            this.to = to;
            this.weight = weight;
        }
    }

    static final class Visit {
        final int node;
        final long dist;

        Visit(int node, long dist) {
            this.node = node;
            this.dist = dist;
        }

        @Override
        public String toString() {
            return node + "@" + dist;
        }
    }

    public static void main(String[] args) {
        int n = 60;
        Map<Integer, List<Edge>> graph = new HashMap<Integer, List<Edge>>();
        for (int i = 0; i < n; i++) {
            graph.put(i, new ArrayList<Edge>());
        }
        java.util.Random rnd = new java.util.Random(2024);
        for (int i = 0; i < n * 4; i++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            int w = 1 + rnd.nextInt(50);
            graph.get(a).add(new Edge(b, w));
            graph.get(b).add(new Edge(a, w));
        }

        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        PriorityQueue<Visit> queue = new PriorityQueue<Visit>(new Comparator<Visit>() {
            public int compare(Visit x, Visit y) {
                int c = Long.compare(x.dist, y.dist);
                return c != 0 ? c : Integer.compare(x.node, y.node);
            }
        });
        dist[0] = 0;
        queue.add(new Visit(0, 0));
        int polls = 0;
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            polls++;
            if (polls == 5) {
                System.out.println("queue after 5 polls: " + queue);
            }
            if (v.dist > dist[v.node]) {
                continue;
            }
            for (Edge e : graph.get(v.node)) {
                long nd = v.dist + e.weight;
                if (nd < dist[e.to]) {
                    dist[e.to] = nd;
                    prev[e.to] = v.node;
                    queue.offer(new Visit(e.to, nd));
                }
            }
        }
        System.out.println("polls=" + polls);
        for (int target = 1; target < n; target += 7) {
            List<Integer> path = new ArrayList<Integer>();
            for (int at = target; at != -1; at = prev[at]) {
                path.add(at);
            }
            Collections.reverse(path);
            System.out.println("0 -> " + target + ": " + (dist[target] == Long.MAX_VALUE ? "unreachable" : dist[target] + " via " + path));
        }

        // A plain min-heap of Integers: toString shows the heap array, poll the sorted order.
        PriorityQueue<Integer> heap = new PriorityQueue<Integer>();
        for (int i = 0; i < 15; i++) {
            heap.add(rnd.nextInt(100));
        }
        System.out.println(heap);
        StringBuilder sb = new StringBuilder();
        while (heap.size() > 0) {
            sb.append(heap.poll()).append(' ');
        }
        System.out.println(sb.toString().trim());
        PriorityQueue<String> maxHeap = new PriorityQueue<String>(Collections.<String>reverseOrder());
        maxHeap.addAll(Arrays.asList("kiwi", "apple", "mango", "fig", "banana", "cherry"));
        System.out.println(maxHeap + " peek=" + maxHeap.peek());
    }
}
