package java.lang.reflect;

/**
 * An element that may carry annotations. Cortado has no reflection on annotations yet, so none of
 * the JDK's query methods are declared.
 */
public interface AnnotatedElement {
}
