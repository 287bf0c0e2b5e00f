import java.util.regex.Pattern;

/** Validating e-mail addresses, phone numbers, dates and passwords with precompiled patterns. */
public class ContactValidation {
    static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$");
    static final Pattern PHONE = Pattern.compile(
            "^(?:\\+?1[-. ]?)?\\(?([0-9]{3})\\)?[-. ]?([0-9]{3})[-. ]?([0-9]{4})(?:\\s*(?:x|ext\\.?)\\s*(\\d{1,5}))?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DATE = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    static final Pattern STRONG = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{8,}$");
    static final Pattern HEX_COLOR = Pattern.compile("#(?:\\p{XDigit}{3}){1,2}+");
    static final Pattern REPEATED_WORD = Pattern.compile("\\b(\\w+)\\s+\\1\\b", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) {
        String[] emails = {"john.doe@example.com", "a@b.co", "bad@", "@nouser.org", "x@y", "first+tag@sub.domain.io",
            "spaces in@x.com", "dash-@-dash.com", "UPPER@CASE.ORG"};
        for (String e : emails) {
            System.out.printf("%-26s %s%n", e, EMAIL.matcher(e).matches() ? "valid" : "INVALID");
        }
        String[] phones = {"555-123-4567", "(555) 123-4567", "+1 555.123.4567", "5551234567", "555-1234", "555-123-4567 ext. 89",
            "555-123-4567 X12", "12-345-6789"};
        for (String p : phones) {
            java.util.regex.Matcher m = PHONE.matcher(p);
            if (m.matches()) {
                System.out.printf("%-22s -> (%s) %s-%s%s%n", p, m.group(1), m.group(2), m.group(3),
                        m.group(4) == null ? "" : " x" + m.group(4));
            } else {
                System.out.printf("%-22s -> not a phone number%n", p);
            }
        }
        String[] dates = {"2024-02-29", "2024-13-01", "1999-12-31", "2000-00-10", "2021-06-32"};
        for (String d : dates) {
            System.out.println(d + " " + DATE.matcher(d).matches());
        }
        String[] pw = {"password", "Passw0rd!", "Sh0rt!", "NoDigits!!", "ALLUPPER1!", "all lower 1 A ok?"};
        for (String p : pw) {
            System.out.println("'" + p + "' strong=" + STRONG.matcher(p).matches());
        }
        String[] colors = {"#fff", "#A0b1C2", "#abcd", "#12345g", "fff"};
        for (String c : colors) {
            System.out.println(c + " color=" + HEX_COLOR.matcher(c).matches());
        }
        String text = "This is is a test test of the the repeated word finder. Paris in the the spring, The the end.";
        java.util.regex.Matcher m = REPEATED_WORD.matcher(text);
        while (m.find()) {
            System.out.println("repeated '" + m.group(1) + "' at " + m.start());
        }
        System.out.println("digits only: " + "12345".matches("\\d+") + " " + "12a45".matches("\\d+"));
        System.out.println("Pattern.matches: " + Pattern.matches("[a-z]+@[a-z]+", "me@home"));
    }
}
