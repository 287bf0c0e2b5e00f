import java.util.Random;

// Allocation-heavy (-Xmx16m): a retained set of records that is constantly
// churned — random entries replaced by new ones, so survivors of every age
// are mixed with garbage — in a growable array of our own. Old records point
// at young ones (the write barrier and the remembered cards must catch that).
public class GcListChurn {
    static final class Record {
        final int id;
        final char[] name;
        Record partner;  // often points at a younger record

        Record(int id) {
            this.id = id;
            this.name = ("record-" + id).toCharArray();
        }
    }

    static final class RecordList {
        Record[] items = new Record[16];
        int size;

        void add(Record r) {
            if (size == items.length) {
                Record[] bigger = new Record[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = r;
        }
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        RecordList live = new RecordList();
        for (int i = 0; i < 1000; i++) live.add(new Record(i));
        int nextId = 1000;
        long checksum = 0;
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 400; i++) {
                int victim = random.nextInt(live.size);
                Record fresh = new Record(nextId++);
                live.items[victim] = fresh;
                // An old record adopts the new one as its partner.
                live.items[random.nextInt(live.size)].partner = fresh;
                // A short-lived work buffer per update: most of the bytes allocated die young.
                byte[] buffer = new byte[8192];
                for (int k = 0; k < fresh.name.length; k++) buffer[k * 64] = (byte) fresh.name[k];
                for (int k = 0; k < buffer.length; k += 64) checksum += buffer[k];
            }
            long ids = 0, partners = 0;
            for (int i = 0; i < live.size; i++) {
                Record r = live.items[i];
                ids += r.id;
                if (r.partner != null) partners += r.partner.id;
            }
            System.out.println("round " + round + ": size=" + live.size + " ids=" + ids + " partners=" + partners);
        }
        System.out.println("checksum " + checksum);
        // The name of every partner is still intact.
        int bad = 0;
        for (int i = 0; i < live.size; i++) {
            Record p = live.items[i].partner;
            if (p != null && !new String(p.name).equals("record-" + p.id)) bad++;
        }
        System.out.println("corrupted partners: " + bad);
    }
}
