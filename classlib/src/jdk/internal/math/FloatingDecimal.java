package jdk.internal.math;

/**
 * Conversions between floating-point values and their decimal text, implemented by the VM with
 * OpenJDK 17's exact digits and NumberFormatException messages.
 */
public final class FloatingDecimal {
    private FloatingDecimal() {}

    public static native String toJavaFormatString(double d);

    public static native String toJavaFormatString(float f);

    public static native double parseDouble(String s) throws NumberFormatException;

    public static native float parseFloat(String s) throws NumberFormatException;
}
