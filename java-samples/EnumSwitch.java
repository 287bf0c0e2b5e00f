enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

public class EnumSwitch {
    static String kind(Day d) {
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                return "weekend";
            case FRIDAY:
                return "almost";
            default:
                return "weekday";
        }
    }

    static int color(Suit s) {
        switch (s) {
            case HEARTS: case DIAMONDS: return 1;
            case SPADES: return 2;
            case CLUBS: return 3;
        }
        return -1;
    }

    static String sparse(Day d) {
        switch (d) {
            case SUNDAY: return "sun";
            case MONDAY: return "mon";
            default: return "...";
        }
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + kind(d) + " " + sparse(d));
        for (Suit s : Suit.values()) System.out.println(s + " " + color(s));
        try {
            kind(null);
        } catch (NullPointerException e) {
            System.out.println("null enum switch: " + e.getClass().getName());
        }
    }
}
