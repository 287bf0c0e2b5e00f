package java.io;

/** Wrong on purpose: the API check must report every member below (see ../../../mismatches.expected). */
public class EOFException extends IOException {
    public static final long serialVersionUID = 7L;      // private in the JDK

    public int extra;                                     // not in the JDK

    public EOFException(String s) throws Exception {      // the JDK's throws nothing
        super(s);
    }

    public final String getMessage() {                    // the inherited method is not final
        return "";
    }

    public java.util.List<String> lines() {              // not in the JDK
        return null;
    }
}
