// Towers: the towers of Hanoi with disks as a linked list of objects (after the
// Are-We-Fast-Yet benchmark). Measures recursion, object allocation, reference
// fields and reference-array loads/stores.
public class Towers extends harness.RepeatedBenchmark {
    static final int DISKS = 13;
    static final int EXPECTED = 8191;

    static final class TowersDisk {
        final int size;
        TowersDisk next;
        TowersDisk(int size) { this.size = size; }
    }

    TowersDisk[] piles;
    int movesDone;

    void pushDisk(TowersDisk disk, int pile) {
        TowersDisk top = piles[pile];
        if (top != null && disk.size >= top.size) {
            throw new RuntimeException("Cannot put a big disk on a smaller one");
        }
        disk.next = top;
        piles[pile] = disk;
    }

    TowersDisk popDiskFrom(int pile) {
        TowersDisk top = piles[pile];
        if (top == null) throw new RuntimeException("Attempting to remove a disk from an empty pile");
        piles[pile] = top.next;
        top.next = null;
        return top;
    }

    void moveTopDisk(int fromPile, int toPile) {
        pushDisk(popDiskFrom(fromPile), toPile);
        movesDone++;
    }

    void buildTowerAt(int pile, int disks) {
        for (int i = disks; i >= 0; i--) pushDisk(new TowersDisk(i), pile);
    }

    void moveDisks(int disks, int fromPile, int toPile) {
        if (disks == 1) {
            moveTopDisk(fromPile, toPile);
        } else {
            int otherPile = (3 - fromPile) - toPile;
            moveDisks(disks - 1, fromPile, otherPile);
            moveTopDisk(fromPile, toPile);
            moveDisks(disks - 1, otherPile, toPile);
        }
    }

    int run() {
        piles = new TowersDisk[3];
        buildTowerAt(0, DISKS);
        movesDone = 0;
        moveDisks(DISKS, 0, 1);
        return movesDone;
    }

    public Object benchmark() { return Integer.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Towers(), args, 1, 1); }
}
