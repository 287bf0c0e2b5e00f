package java.lang.constant;

/**
 * A type whose values can be described as constants. Declared so our String, Integer, Class, ...
 * implement the interfaces JDK 17's do; {@code describeConstable()} itself needs java.util.Optional
 * and the java.lang.constant descriptors, which Cortado does not have yet.
 */
public interface Constable {
}
