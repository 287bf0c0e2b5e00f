// Havlak: Havlak's loop-recognition algorithm (Hundt, "Loop Recognition in
// C++/Java/Go/Scala", 2011; as the Are-We-Fast-Yet suite describes its
// benchmark): build a synthetic control-flow graph of 5213 basic blocks (ten
// trees of ten nested groups of five loops each, each loop two diamonds) and
// find its loop nesting forest with union-find, depth-first numbering and the
// suite's own Vector and identity dictionary. Measures object allocation,
// hashing, Vector traffic and recursion.
//
// The inner parameter is the number of extra loop-finding passes over the big
// graph (each into a fresh loop structure). Before them the small graph's
// loops are found 150 times into the kept structure, which then holds
// 1602 + 3 * 150 loops (the suite's published formula, 1602 + 3 * dummy passes).
import harness.IdentityDictionary;
import harness.IdentitySet;
import harness.Vector;

public class Havlak extends harness.Benchmark {
    static final int DUMMY_LOOPS = 150;
    static final int EXPECTED_LOOPS = 1602 + 3 * DUMMY_LOOPS;
    static final int EXPECTED_NODES = 5213;

    static final class BasicBlock {
        final int name;
        final Vector<BasicBlock> inEdges = new Vector<BasicBlock>(2);
        final Vector<BasicBlock> outEdges = new Vector<BasicBlock>(2);
        BasicBlock(int name) { this.name = name; }
    }

    static final class ControlFlowGraph {
        final Vector<BasicBlock> basicBlocks = new Vector<BasicBlock>();
        BasicBlock start;

        BasicBlock createNode(int name) {
            BasicBlock node = name < basicBlocks.size() ? basicBlocks.at(name) : null;
            if (node == null) {
                node = new BasicBlock(name);
                basicBlocks.atPut(name, node);
            }
            if (start == null) start = node;
            return node;
        }

        void addEdge(int from, int to) {
            BasicBlock f = createNode(from), t = createNode(to);
            f.outEdges.append(t);
            t.inEdges.append(f);
        }

        int numNodes() { return basicBlocks.size(); }
    }

    static final class SimpleLoop {
        final IdentitySet<BasicBlock> basicBlocks = new IdentitySet<BasicBlock>();
        final IdentitySet<SimpleLoop> children = new IdentitySet<SimpleLoop>();
        SimpleLoop parent;
        final BasicBlock header;
        final boolean isReducible;
        boolean isRoot;
        int counter;
        int nestingLevel;
        int depthLevel;

        SimpleLoop(BasicBlock header, boolean isReducible) {
            this.header = header;
            this.isReducible = isReducible;
            if (header != null) basicBlocks.add(header);
        }

        void addNode(BasicBlock bb) { basicBlocks.add(bb); }

        void setParent(SimpleLoop parent) {
            this.parent = parent;
            parent.children.add(this);
        }

        void setNestingLevel(int level) {
            nestingLevel = level;
            if (level == 0) isRoot = true;
        }
    }

    static final class LoopStructureGraph {
        final SimpleLoop root = new SimpleLoop(null, true);
        final Vector<SimpleLoop> loops = new Vector<SimpleLoop>();
        int loopCounter;

        LoopStructureGraph() {
            root.setNestingLevel(0);
            root.counter = loopCounter++;
            loops.append(root);
        }

        SimpleLoop createNewLoop(BasicBlock header, boolean isReducible) {
            SimpleLoop loop = new SimpleLoop(header, isReducible);
            loop.counter = loopCounter++;
            loops.append(loop);
            return loop;
        }

        void calculateNestingLevel() {
            for (int i = 0; i < loops.size(); i++) {
                SimpleLoop loop = loops.at(i);
                if (!loop.isRoot && loop.parent == null) loop.setParent(root);
            }
            calculateNestingLevel(root, 0);
        }

        private void calculateNestingLevel(SimpleLoop loop, int depth) {
            loop.depthLevel = depth;
            for (int i = 0; i < loop.children.size(); i++) {
                SimpleLoop child = loop.children.at(i);
                calculateNestingLevel(child, depth + 1);
                loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
            }
        }

        int numLoops() { return loops.size(); }
    }

    /** A set of small ints in insertion order (predecessor numbers; a handful per node). */
    static final class IntSet {
        int[] elements = new int[4];
        int size;

        void add(int e) {
            for (int i = 0; i < size; i++) if (elements[i] == e) return;
            if (size == elements.length) {
                int[] bigger = new int[size * 2];
                System.arraycopy(elements, 0, bigger, 0, size);
                elements = bigger;
            }
            elements[size++] = e;
        }
    }

    static final class UnionFindNode {
        UnionFindNode parent;
        BasicBlock bb;
        SimpleLoop loop;
        int dfsNumber;

        void initNode(BasicBlock bb, int dfsNumber) {
            parent = this;
            this.bb = bb;
            this.dfsNumber = dfsNumber;
            loop = null;
        }

        /** The set's representative, compressing the path to it. */
        UnionFindNode findSet() {
            Vector<UnionFindNode> path = new Vector<UnionFindNode>();
            UnionFindNode node = this;
            while (node != node.parent) {
                if (node.parent != node.parent.parent) path.append(node);
                node = node.parent;
            }
            for (int i = 0; i < path.size(); i++) path.at(i).parent = node.parent;
            return node;
        }

        void union(UnionFindNode other) { parent = other; }
    }

    static final class HavlakLoopFinder {
        static final int BB_NONHEADER = 1, BB_REDUCIBLE = 2, BB_SELF = 3, BB_IRREDUCIBLE = 4, BB_DEAD = 5;
        static final int UNVISITED = Integer.MAX_VALUE;
        static final int MAXNONBACKPREDS = 32 * 1024;

        final ControlFlowGraph cfg;
        final LoopStructureGraph lsg;
        final IdentityDictionary<BasicBlock, Integer> number = new IdentityDictionary<BasicBlock, Integer>();
        IntSet[] nonBackPreds;
        Vector<Integer>[] backPreds;
        int[] header, type, last;
        UnionFindNode[] nodes;

        HavlakLoopFinder(ControlFlowGraph cfg, LoopStructureGraph lsg) {
            this.cfg = cfg;
            this.lsg = lsg;
        }

        boolean isAncestor(int w, int v) { return w <= v && v <= last[w]; }

        int doDfs(BasicBlock current, int currentNumber) {
            nodes[currentNumber].initNode(current, currentNumber);
            number.atPut(current, Integer.valueOf(currentNumber));
            int lastId = currentNumber;
            for (int i = 0; i < current.outEdges.size(); i++) {
                BasicBlock target = current.outEdges.at(i);
                if (number.at(target).intValue() == UNVISITED) lastId = doDfs(target, lastId + 1);
            }
            last[currentNumber] = lastId;
            return lastId;
        }

        @SuppressWarnings("unchecked")
        void findLoops() {
            if (cfg.start == null) return;
            int size = cfg.numNodes();
            nonBackPreds = new IntSet[size];
            backPreds = (Vector<Integer>[]) new Vector[size];
            header = new int[size];
            type = new int[size];
            last = new int[size];
            nodes = new UnionFindNode[size];
            for (int i = 0; i < size; i++) {
                nonBackPreds[i] = new IntSet();
                backPreds[i] = new Vector<Integer>(2);
                nodes[i] = new UnionFindNode();
            }
            // a: number the nodes depth-first
            for (int i = 0; i < size; i++) number.atPut(cfg.basicBlocks.at(i), Integer.valueOf(UNVISITED));
            doDfs(cfg.start, 0);
            // b: sort each node's predecessors into back edges and the rest
            for (int w = 0; w < size; w++) {
                header[w] = 0;
                type[w] = BB_NONHEADER;
                BasicBlock nodeW = nodes[w].bb;
                if (nodeW == null) {
                    type[w] = BB_DEAD;
                    continue;
                }
                for (int i = 0; i < nodeW.inEdges.size(); i++) {
                    int v = number.at(nodeW.inEdges.at(i)).intValue();
                    if (v == UNVISITED) continue; // dead predecessor
                    if (isAncestor(w, v)) backPreds[w].append(Integer.valueOf(v));
                    else nonBackPreds[w].add(v);
                }
            }
            header[0] = 0;
            // c: bottom-up, collapse each loop body into its header
            for (int w = size - 1; w >= 0; w--) {
                BasicBlock nodeW = nodes[w].bb;
                if (nodeW == null) continue;
                Vector<UnionFindNode> nodePool = new Vector<UnionFindNode>();
                // d: the loop's body starts with the sources of its back edges
                for (int i = 0; i < backPreds[w].size(); i++) {
                    int v = backPreds[w].at(i).intValue();
                    if (v != w) nodePool.append(nodes[v].findSet());
                    else type[w] = BB_SELF;
                }
                Vector<UnionFindNode> workList = new Vector<UnionFindNode>();
                for (int i = 0; i < nodePool.size(); i++) workList.append(nodePool.at(i));
                if (nodePool.size() != 0) type[w] = BB_REDUCIBLE;
                // e: walk back from the body to the header; a path entering from outside makes it irreducible
                while (!workList.isEmpty()) {
                    UnionFindNode x = workList.removeFirst();
                    IntSet preds = nonBackPreds[x.dfsNumber];
                    if (preds.size > MAXNONBACKPREDS) return; // too big to analyse: the published algorithm gives up
                    for (int i = 0; i < preds.size; i++) {
                        UnionFindNode ydash = nodes[preds.elements[i]].findSet();
                        if (!isAncestor(w, ydash.dfsNumber)) {
                            type[w] = BB_IRREDUCIBLE;
                            nonBackPreds[w].add(ydash.dfsNumber);
                        } else if (ydash.dfsNumber != w && !nodePool.contains(ydash)) {
                            workList.append(ydash);
                            nodePool.append(ydash);
                        }
                    }
                }
                if (nodePool.size() > 0 || type[w] == BB_SELF) {
                    SimpleLoop loop = lsg.createNewLoop(nodeW, type[w] != BB_IRREDUCIBLE);
                    nodes[w].loop = loop;
                    for (int i = 0; i < nodePool.size(); i++) {
                        UnionFindNode node = nodePool.at(i);
                        header[node.dfsNumber] = w;
                        node.union(nodes[w]);
                        if (node.loop != null) node.loop.setParent(loop);
                        else loop.addNode(node.bb);
                    }
                }
            }
        }
    }

    // ------------------------------------------------ the synthetic graph ---
    private ControlFlowGraph cfg;

    private void connect(int from, int to) { cfg.addEdge(from, to); }

    private int buildStraight(int start, int n) {
        for (int i = 0; i < n; i++) connect(start + i, start + i + 1);
        return start + n;
    }

    private int buildDiamond(int start) {
        connect(start, start + 1);
        connect(start, start + 2);
        connect(start + 1, start + 3);
        connect(start + 2, start + 3);
        return start + 3;
    }

    /** A loop of two diamonds, each with its own back edge, inside a third back edge. */
    private int buildBaseLoop(int from) {
        int header = buildStraight(from, 1);
        int diamond1 = buildDiamond(header);
        int d11 = buildStraight(diamond1, 1);
        int diamond2 = buildDiamond(d11);
        int footer = buildStraight(diamond2, 1);
        connect(diamond2, d11);
        connect(diamond1, header);
        connect(footer, from);
        return buildStraight(footer, 1);
    }

    private void buildGraph(int parLoops, int pparLoops, int pppLoops) {
        int n = 2;
        for (int p = 0; p < parLoops; p++) {
            cfg.createNode(n + 1);
            connect(2, n + 1);
            n++;
            for (int i = 0; i < pparLoops; i++) {
                int top = n;
                n = buildStraight(n, 1);
                for (int j = 0; j < pppLoops; j++) n = buildBaseLoop(n);
                int bottom = buildStraight(n, 1);
                connect(n, top);
                n = bottom;
            }
            connect(n, 1);
        }
    }

    public boolean innerBenchmarkLoop(int passes) {
        cfg = new ControlFlowGraph();
        LoopStructureGraph lsg = new LoopStructureGraph();
        cfg.createNode(0);
        buildBaseLoop(0);
        cfg.createNode(1);
        connect(0, 2);
        for (int i = 0; i < DUMMY_LOOPS; i++) new HavlakLoopFinder(cfg, lsg).findLoops();
        buildGraph(10, 10, 5);
        new HavlakLoopFinder(cfg, lsg).findLoops();
        for (int i = 0; i < passes; i++) new HavlakLoopFinder(cfg, new LoopStructureGraph()).findLoops();
        lsg.calculateNestingLevel();
        return lsg.numLoops() == EXPECTED_LOOPS && cfg.numNodes() == EXPECTED_NODES;
    }

    public static void main(String[] args) { harness.Run.main(new Havlak(), args, 1, 1); }
}
