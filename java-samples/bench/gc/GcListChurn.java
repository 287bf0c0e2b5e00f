// GcListChurn: a retained set under churn. A fixed number of live records
// (each a small object holding an int[] payload, linked to a neighbour) is
// kept in an array; every step replaces a pseudo-random record with a new one,
// so the live set stays the same size while everything replaced dies at some
// age. Stresses promotion, old-to-young references (the card-marking barrier:
// a surviving record is made to point at its fresh replacement neighbour) and
// a heap that is partly full all the time. The inner parameter is thousands
// of replacements; the retained set is 40000 records (~4.5 MB).
import harness.Random;

public class GcListChurn extends harness.Benchmark {
    static final int LIVE = 40000;

    static final class Record {
        final int id;
        final int[] payload;
        Record neighbour;

        Record(int id) {
            this.id = id;
            payload = new int[8 + (id & 15)];
            for (int i = 0; i < payload.length; i++) payload[i] = id + i;
        }

        int check() {
            int sum = 0;
            for (int i = 0; i < payload.length; i++) sum += payload[i] - i;
            return sum - id * payload.length; // 0 when the payload is intact
        }
    }

    public boolean innerBenchmarkLoop(int thousands) {
        Random random = new Random();
        Record[] live = new Record[LIVE];
        for (int i = 0; i < LIVE; i++) live[i] = new Record(i);
        int nextId = LIVE;
        for (int step = 0; step < thousands * 1000; step++) {
            int slot = (random.next() * 40009 + step) % LIVE;
            if (slot < 0) slot += LIVE;
            Record fresh = new Record(nextId++);
            live[slot] = fresh;
            // an older record points at the young one: only the write barrier keeps it alive in a young collection
            live[(slot + 1) % LIVE].neighbour = fresh;
        }
        long ids = 0;
        for (int i = 0; i < LIVE; i++) {
            if (live[i].check() != 0) return false;
            Record n = live[i].neighbour;
            if (n != null && n.check() != 0) return false;
            ids += live[i].id;
        }
        // every id in use is below nextId, and the slots hold distinct records
        return ids > 0 && ids < (long) LIVE * nextId;
    }

    public static void main(String[] args) { harness.Run.main(new GcListChurn(), args, 1, 10); }
}
