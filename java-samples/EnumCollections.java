import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** EnumMap and EnumSet: ordinal order, ranges, complements and per-day schedules. */
public class EnumCollections {
    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    enum Planet {
        MERCURY(3.303e+23), VENUS(4.869e+24), EARTH(5.976e+24), MARS(6.421e+23);

        final double mass;

        Planet(double mass) {
            this.mass = mass;
        }
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SATURDAY, Day.SUNDAY);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        EnumSet<Day> midweek = EnumSet.range(Day.TUESDAY, Day.THURSDAY);
        System.out.println(weekend + " " + weekdays + " " + midweek);
        System.out.println(EnumSet.allOf(Day.class) + " " + EnumSet.noneOf(Day.class));
        EnumSet<Day> custom = EnumSet.of(Day.FRIDAY, Day.MONDAY, Day.WEDNESDAY, Day.MONDAY);
        System.out.println(custom + " size=" + custom.size() + " has FRIDAY=" + custom.contains(Day.FRIDAY));
        custom.addAll(weekend);
        custom.removeAll(EnumSet.of(Day.MONDAY));
        System.out.println(custom + " containsAll(weekend)=" + custom.containsAll(weekend));
        custom.retainAll(weekdays);
        System.out.println(custom + " " + custom.equals(EnumSet.of(Day.WEDNESDAY, Day.FRIDAY)));
        Set<Day> copy = EnumSet.copyOf(custom);
        copy.add(Day.TUESDAY);
        System.out.println(copy + " vs " + custom);
        for (Iterator<Day> it = copy.iterator(); it.hasNext();) {
            if (it.next().name().startsWith("T")) {
                it.remove();
            }
        }
        System.out.println(copy);

        EnumMap<Day, String> schedule = new EnumMap<Day, String>(Day.class);
        schedule.put(Day.FRIDAY, "review");
        schedule.put(Day.MONDAY, "planning");
        schedule.put(Day.WEDNESDAY, "demo");
        schedule.put(Day.SUNDAY, null);
        System.out.println(schedule + " size=" + schedule.size());
        System.out.println(schedule.get(Day.MONDAY) + " " + schedule.get(Day.TUESDAY) + " " + schedule.containsKey(Day.SUNDAY)
                + " " + schedule.containsValue(null) + " " + schedule.keySet() + " " + schedule.values());
        for (Map.Entry<Day, String> e : schedule.entrySet()) {
            if (e.getValue() == null) {
                e.setValue("rest");
            }
        }
        schedule.remove(Day.WEDNESDAY);
        System.out.println(schedule);
        EnumMap<Day, Integer> hours = new EnumMap<Day, Integer>(Day.class);
        for (Day d : Day.values()) {
            hours.put(d, weekend.contains(d) ? 0 : 8 - d.ordinal() % 3);
        }
        int total = 0;
        for (int h : hours.values()) {
            total += h;
        }
        System.out.println(hours + " total=" + total);

        Map<Planet, Double> gravity = new EnumMap<Planet, Double>(Planet.class);
        for (Planet p : Planet.values()) {
            gravity.put(p, p.mass / 1e24);
        }
        System.out.println(gravity);
        EnumMap<Planet, Double> copied = new EnumMap<Planet, Double>(gravity);
        copied.remove(Planet.MARS);
        System.out.println(copied.equals(gravity) + " " + copied.keySet() + " " + gravity.keySet());
    }
}
