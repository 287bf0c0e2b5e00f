// GcHashChurn: a hash table (the suite's own harness.Dictionary, chained,
// doubling) that grows to N boxed entries and then shrinks back to empty by
// removal, twice per iteration. The live set rises and falls: the collector
// must keep up with a growing old generation (the table and its entries live
// long) and then reclaim it. The inner parameter is N in thousands.
import harness.Dictionary;

public class GcHashChurn extends harness.Benchmark {
    public boolean innerBenchmarkLoop(int thousands) {
        int n = thousands * 1000;
        for (int round = 0; round < 2; round++) {
            Dictionary<Integer, long[]> table = new Dictionary<Integer, long[]>();
            for (int i = 0; i < n; i++) {
                long[] value = new long[2];
                value[0] = i;
                value[1] = (long) i * i;
                table.atPut(Integer.valueOf(i * 7919 + round), value);
            }
            if (table.size() != n) return false;
            long sum = 0;
            for (int i = n - 1; i >= 0; i--) {
                long[] value = table.remove(Integer.valueOf(i * 7919 + round));
                if (value == null || value[1] != value[0] * value[0]) return false;
                sum += value[0];
            }
            if (!table.isEmpty() || sum != (long) n * (n - 1) / 2) return false;
        }
        return true;
    }

    public static void main(String[] args) { harness.Run.main(new GcHashChurn(), args, 1, 5); }
}
