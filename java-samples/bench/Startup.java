// Startup: a hello-world program. The runner times it separately (not part of
// the suite or its geometric means) to show what VM start-up and shutdown cost
// and how much memory an idle VM takes (peak RSS): this overhead is included in
// every benchmark's wall time.
public class Startup {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
