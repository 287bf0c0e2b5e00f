import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Queue;

/** Breadth-first search through a maze with ArrayDeque as the queue, and a DFS with it as a stack. */
public class BfsGrid {
    static final String[] MAZE = {
        "S.#.......#.........",
        ".##.#####.#.#######.",
        "....#...#...#.....#.",
        "###.#.#.#####.###.#.",
        "#...#.#.....#...#.#.",
        "#.###.#####.###.#.#.",
        "#.....#...#...#.#...",
        "#####.#.#.###.#.###.",
        "#.....#.#.....#...#.",
        "#.#####.#########.#E",
    };

    public static void main(String[] args) {
        int rows = MAZE.length;
        int cols = MAZE[0].length();
        int[][] dist = new int[rows][cols];
        int[][] from = new int[rows][cols];
        for (int[] row : dist) {
            java.util.Arrays.fill(row, -1);
        }
        int[] dr = {1, -1, 0, 0};
        int[] dc = {0, 0, 1, -1};
        Queue<int[]> queue = new ArrayDeque<int[]>();
        queue.add(new int[] {0, 0});
        dist[0][0] = 0;
        int visited = 0;
        int endR = -1;
        int endC = -1;
        while (!queue.isEmpty()) {
            int[] cell = queue.remove();
            visited++;
            int r = cell[0];
            int c = cell[1];
            if (MAZE[r].charAt(c) == 'E') {
                endR = r;
                endC = c;
                break;
            }
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d];
                int nc = c + dc[d];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && MAZE[nr].charAt(nc) != '#' && dist[nr][nc] < 0) {
                    dist[nr][nc] = dist[r][c] + 1;
                    from[nr][nc] = r * cols + c;
                    queue.add(new int[] {nr, nc});
                }
            }
        }
        System.out.println("visited " + visited + ", left in queue " + queue.size());
        System.out.println("shortest path length " + dist[endR][endC]);
        List<String> path = new ArrayList<String>();
        for (int r = endR, c = endC; !(r == 0 && c == 0);) {
            path.add("(" + r + "," + c + ")");
            int f = from[r][c];
            r = f / cols;
            c = f % cols;
        }
        path.add("(0,0)");
        Collections.reverse(path);
        System.out.println(path.subList(0, 6) + " ... " + path.subList(path.size() - 3, path.size()));
        char[][] drawn = new char[rows][];
        for (int r = 0; r < rows; r++) {
            drawn[r] = MAZE[r].toCharArray();
        }
        for (String p : path) {
            int comma = p.indexOf(',');
            int r = Integer.parseInt(p.substring(1, comma));
            int c = Integer.parseInt(p.substring(comma + 1, p.length() - 1));
            if (drawn[r][c] == '.') {
                drawn[r][c] = '*';
            }
        }
        for (char[] row : drawn) {
            System.out.println(new String(row));
        }

        // Iterative DFS with the deque as a stack: count reachable cells.
        Deque<Integer> stack = new ArrayDeque<Integer>();
        boolean[] seen = new boolean[rows * cols];
        stack.push(0);
        seen[0] = true;
        int reachable = 0;
        int maxDepth = 0;
        while (!stack.isEmpty()) {
            maxDepth = Math.max(maxDepth, stack.size());
            int cell = stack.pop();
            reachable++;
            for (int d = 0; d < 4; d++) {
                int nr = cell / cols + dr[d];
                int nc = cell % cols + dc[d];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && MAZE[nr].charAt(nc) != '#' && !seen[nr * cols + nc]) {
                    seen[nr * cols + nc] = true;
                    stack.push(nr * cols + nc);
                }
            }
        }
        System.out.println("reachable " + reachable + ", max stack " + maxDepth);

        Deque<String> deque = new ArrayDeque<String>();
        for (int i = 0; i < 6; i++) {
            if (i % 2 == 0) {
                deque.offerFirst("f" + i);
            } else {
                deque.offerLast("l" + i);
            }
        }
        System.out.println(deque + " first=" + deque.peekFirst() + " last=" + deque.peekLast());
        System.out.println(deque.pollFirst() + " " + deque.pollLast() + " " + deque + " " + deque.contains("l3"));
    }
}
