package java.io;

/** The superclass of the serialization exceptions (Cortado has no object serialization yet). */
public abstract class ObjectStreamException extends IOException {
    private static final long serialVersionUID = 7260898174833392607L;

    protected ObjectStreamException(String message) {
        super(message);
    }

    protected ObjectStreamException() {
        super();
    }
}
