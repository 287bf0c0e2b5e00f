package jdk.internal.access;

import java.io.Console;

/** What java.lang needs from java.io's package-private side (System.console). */
public interface JavaIOAccess {
    /** The Console if standard input and output are both terminals, else null. */
    Console console();
}
