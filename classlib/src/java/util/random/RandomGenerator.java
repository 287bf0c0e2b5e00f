package java.util.random;

/**
 * The interface of JDK 17's random number generators. java.util.Random implements it; the default
 * methods of the JDK's interface (streams, bounded doubles, ...) are not declared yet.
 */
public interface RandomGenerator {
}
