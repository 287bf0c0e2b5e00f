// A bank simulation with a custom checked-exception hierarchy, interfaces and polymorphism.
class BankException extends Exception {
    BankException(String msg) { super(msg); }
}

class InsufficientFunds extends BankException {
    final long shortfall;
    InsufficientFunds(String acct, long shortfall) {
        super("insufficient funds in " + acct + ": short by " + Bank.money(shortfall));
        this.shortfall = shortfall;
    }
}

class AccountFrozen extends BankException {
    AccountFrozen(String acct) { super("account " + acct + " is frozen"); }
}

class UnknownAccount extends BankException {
    UnknownAccount(String id) { super("no such account: " + id); }
}

interface InterestBearing {
    long monthlyInterest();
}

abstract class Account {
    private static int nextId = 1000;
    final String id;
    final String owner;
    protected long balanceCents;
    boolean frozen;
    private final StringBuilder history = new StringBuilder();
    private int txCount;

    Account(String owner, long initial) {
        this.id = prefix() + (nextId++);
        this.owner = owner;
        this.balanceCents = initial;
        record("open", initial);
    }

    abstract String prefix();
    long overdraftLimit() { return 0; }

    void deposit(long cents) throws BankException {
        if (cents <= 0) throw new IllegalArgumentException("deposit must be positive: " + cents);
        if (frozen) throw new AccountFrozen(id);
        balanceCents += cents;
        record("deposit", cents);
    }

    void withdraw(long cents) throws BankException {
        if (frozen) throw new AccountFrozen(id);
        if (balanceCents - cents < -overdraftLimit()) throw new InsufficientFunds(id, cents - balanceCents - overdraftLimit());
        balanceCents -= cents;
        record("withdraw", cents);
    }

    final void record(String what, long cents) {
        txCount++;
        history.append("    #").append(txCount).append(' ').append(what).append(' ').append(Bank.money(cents)).append(" -> ").append(Bank.money(balanceCents)).append('\n');
    }

    String history() { return history.toString(); }
    public String toString() { return getClass().getName() + "[" + id + ", " + owner + ", " + Bank.money(balanceCents) + (frozen ? ", FROZEN" : "") + "]"; }
}

class Checking extends Account {
    Checking(String owner, long initial) { super(owner, initial); }
    String prefix() { return "CHK"; }
    long overdraftLimit() { return 50000; }
}

class Savings extends Account implements InterestBearing {
    final int basisPoints;
    Savings(String owner, long initial, int bp) { super(owner, initial); basisPoints = bp; }
    String prefix() { return "SAV"; }
    public long monthlyInterest() { return balanceCents * basisPoints / 10000 / 12; }
}

public class Bank {
    private Account[] accounts = new Account[2];
    private int count;

    static String money(long cents) {
        boolean neg = cents < 0;
        long a = Math.abs(cents);
        long frac = a % 100;
        return (neg ? "-" : "") + "$" + (a / 100) + "." + (frac < 10 ? "0" : "") + frac;
    }

    Account open(Account a) {
        if (count == accounts.length) {
            Account[] n = new Account[count * 2];
            System.arraycopy(accounts, 0, n, 0, count);
            accounts = n;
        }
        accounts[count++] = a;
        System.out.println("opened " + a);
        return a;
    }

    Account find(String id) throws UnknownAccount {
        for (int i = 0; i < count; i++) if (accounts[i].id.equals(id)) return accounts[i];
        throw new UnknownAccount(id);
    }

    void transfer(String from, String to, long cents) throws BankException {
        Account a = find(from), b = find(to);
        a.withdraw(cents);
        try {
            b.deposit(cents);
        } catch (BankException e) {
            a.deposit(cents); // roll back
            throw new BankException("transfer rolled back: " + e.getMessage());
        }
    }

    void applyInterest() {
        for (int i = 0; i < count; i++) {
            if (accounts[i] instanceof InterestBearing) {
                long interest = ((InterestBearing) accounts[i]).monthlyInterest();
                if (interest > 0) {
                    try {
                        accounts[i].deposit(interest);
                    } catch (BankException e) {
                        System.out.println("  interest skipped: " + e.getMessage());
                    }
                }
            }
        }
    }

    long total() {
        long t = 0;
        for (int i = 0; i < count; i++) t += accounts[i].balanceCents;
        return t;
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        Account alice = bank.open(new Checking("Alice", 100000));
        Account bob = bank.open(new Savings("Bob", 250000, 450));
        Account carol = bank.open(new Savings("Carol", 999, 1200));
        Account dave = bank.open(new Checking("Dave", 0));
        String[][] ops = {
            {"transfer", alice.id, bob.id, "30000"},
            {"transfer", bob.id, carol.id, "1"},
            {"transfer", dave.id, alice.id, "40000"},
            {"transfer", dave.id, alice.id, "20000"},
            {"transfer", carol.id, "XYZ9999", "100"},
            {"freeze", bob.id},
            {"transfer", alice.id, bob.id, "500"},
            {"interest"},
            {"unfreeze", bob.id},
            {"interest"},
            {"deposit", carol.id, "-5"},
            {"withdraw", carol.id, "1001"},
            {"withdraw", alice.id, "130000"},
            {"withdraw", alice.id, "1"},
        };
        long before = bank.total();
        for (String[] op : ops) {
            StringBuilder line = new StringBuilder(op[0]);
            for (int i = 1; i < op.length; i++) line.append(' ').append(op[i]);
            System.out.println("> " + line);
            try {
                switch (op[0]) {
                    case "transfer": bank.transfer(op[1], op[2], Long.parseLong(op[3])); break;
                    case "freeze": bank.find(op[1]).frozen = true; break;
                    case "unfreeze": bank.find(op[1]).frozen = false; break;
                    case "interest": bank.applyInterest(); break;
                    case "deposit": bank.find(op[1]).deposit(Long.parseLong(op[2])); break;
                    case "withdraw": bank.find(op[1]).withdraw(Long.parseLong(op[2])); break;
                    default: throw new IllegalStateException(op[0]);
                }
                System.out.println("  ok");
            } catch (InsufficientFunds e) {
                System.out.println("  FAILED (shortfall " + money(e.shortfall) + "): " + e.getMessage());
            } catch (BankException e) {
                System.out.println("  FAILED " + e.getClass().getName() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("  REJECTED: " + e.getMessage());
            }
        }
        for (int i = 0; i < bank.count; i++) {
            System.out.println(bank.accounts[i]);
            System.out.print(bank.accounts[i].history());
        }
        System.out.println("total before " + money(before) + " after " + money(bank.total()));
    }
}
