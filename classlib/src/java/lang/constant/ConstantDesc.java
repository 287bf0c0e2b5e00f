package java.lang.constant;

/**
 * A nominal descriptor of a loadable constant (sealed in JDK 17, which -target 8 cannot express).
 * {@code resolveConstantDesc} needs MethodHandles.Lookup, which Cortado does not have yet.
 */
public interface ConstantDesc {
}
