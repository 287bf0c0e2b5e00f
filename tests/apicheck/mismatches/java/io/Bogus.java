package java.io;

/** Wrong on purpose: there is no java.io.Bogus in the JDK. */
public class Bogus {
}
