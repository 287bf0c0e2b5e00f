package java.io;

public class NotSerializableException extends ObjectStreamException {
    private static final long serialVersionUID = -1200271488081497567L;

    public NotSerializableException(String className) {
        super(className);
    }

    public NotSerializableException() {
        super();
    }
}
