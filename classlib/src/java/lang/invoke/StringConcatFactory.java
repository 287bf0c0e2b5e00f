package java.lang.invoke;

/**
 * The bootstrap methods of javac's string concatenation. The VM recognises
 * them at invokedynamic call sites and links those itself
 * (natives/StringConcat.cpp), so these bodies never run for javac's code;
 * called directly they throw UnsatisfiedLinkError.
 */
public final class StringConcatFactory {
    private StringConcatFactory() {}

    public static native CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException;

    public static native CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name, MethodType concatType,
            String recipe, Object... constants) throws StringConcatException;
}
