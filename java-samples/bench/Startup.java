// Startup: does nothing but print a fixed checksum. The runner times it
// separately (not part of the suite or its geometric means) to show what VM
// start-up and shutdown cost: this overhead is included in every
// benchmark's wall time.
public class Startup {
    public static void main(String[] args) {
        System.out.println(42);
    }
}
