package java.util;

/**
 * A minimal Locale: language and country only, so that the Locale overloads of String.format,
 * Formatter and Scanner link. Formatting treats every locale as Locale.US ('.' decimal separator,
 * ',' grouping), which is also what the JDK does for ROOT, ENGLISH and US.
 */
public final class Locale implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 9149081749638150636L;

    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale ROOT = new Locale("", "");

    private static Locale defaultLocale;

    private final String language;
    private final String country;

    public Locale(String language, String country) {
        if (language == null || country == null) {
            throw new NullPointerException();
        }
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
    }

    public Locale(String language) {
        this(language, "");
    }

    /** From the user.language / user.country properties, as the JDK's start-up does. */
    public static Locale getDefault() {
        Locale l = defaultLocale;
        if (l == null) {
            l = new Locale(System.getProperty("user.language", "en"), System.getProperty("user.country", ""));
            defaultLocale = l;
        }
        return l;
    }

    public static void setDefault(Locale newLocale) {
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        defaultLocale = newLocale;
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return "";
    }

    public final String toString() {
        if (country.isEmpty()) {
            return language;
        }
        return language + "_" + country;
    }

    public String toLanguageTag() {
        if (language.isEmpty()) {
            return "und";
        }
        return country.isEmpty() ? language : language + "-" + country;
    }

    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country);
    }

    public int hashCode() {
        return language.hashCode() * 31 + country.hashCode();
    }

    public Object clone() {
        return this;
    }
}
