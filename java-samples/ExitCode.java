public class ExitCode {
    static void finish(int code) {
        System.out.println("exiting with " + code);
        System.exit(code);
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += i;
            System.out.println("partial sum " + sum);
        }
        try {
            finish(sum == 55 ? 3 : 4);
        } finally {
            System.out.println("finally is NOT run after System.exit");
        }
        System.out.println("not reached");
    }
}
