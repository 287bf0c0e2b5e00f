package java.lang.reflect;

/**
 * An entity that declares type variables. {@code getTypeParameters()} needs TypeVariable and
 * generic signature parsing, which Cortado does not have yet.
 */
public interface GenericDeclaration extends AnnotatedElement {
}
