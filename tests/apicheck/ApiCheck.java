import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.FieldVisitor;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * The API signature check: every public and protected class, field, method and constructor of
 * Cortado's class library (build/cortado-classlib.jar) must exist in the running JDK's java.base
 * with the same modifiers, descriptor (so return type), throws clause, generic signature and
 * constant value, and every public class must have the JDK's superclass and interfaces. A program
 * compiled by javac against the JDK links against our library only if this holds.
 *
 * Both sides are read as class files with the JDK's internal ASM: ours from the jar, the JDK's
 * from the jrt: file system (the JDK's own modules image), so the comparison sees exactly what
 * javac and the JVM see (reflection would hide bridge/varargs flags and raw signatures).
 *
 * Exempt: our internal packages (jdk.internal.*), package-private and private members, synthetic
 * members, and classes that are not public (unless the JDK's class of that name is public).
 * A member we declare that the JDK only inherits (an extra override) is accepted when the JDK's
 * inherited member has the same signature.
 *
 * Prints every mismatch, then per exported java.base package the public classes we lack, then how
 * many of the JDK's members the classes we have lack (with --members: which); exits 1 if there was
 * any mismatch.
 *
 * Usage: java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED ApiCheck [--members] jar
 */
public final class ApiCheck {
    /** The class-level modifiers that are part of the API (ACC_SUPER and ACC_SYNTHETIC are not). */
    private static final int CLASS_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_PRIVATE
            | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE
            | Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM;
    /** Method modifiers visible to callers and subclasses (native, synchronized, strictfp are not). */
    private static final int METHOD_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_STATIC
            | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT | Opcodes.ACC_VARARGS;
    private static final int FIELD_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_STATIC
            | Opcodes.ACC_FINAL | Opcodes.ACC_VOLATILE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_ENUM;

    /** One field or method as read from a class file. */
    static final class Member {
        final boolean isMethod;
        final int access;
        final String name;
        final String descriptor;
        final String signature;
        final TreeSet<String> exceptions = new TreeSet<>();
        final Object constant;

        Member(boolean isMethod, int access, String name, String descriptor, String signature, String[] exceptions,
                Object constant) {
            this.isMethod = isMethod;
            this.access = access;
            this.name = name;
            this.descriptor = descriptor;
            this.signature = signature;
            if (exceptions != null) {
                for (String e : exceptions) {
                    this.exceptions.add(e.replace('/', '.'));
                }
            }
            this.constant = constant;
        }

        String key() {
            return (isMethod ? "m " : "f ") + name + descriptor;
        }

        boolean isApi() {
            return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0;
        }
    }

    /** One class as read from a class file. */
    static final class ClassInfo {
        String name;           // internal name
        int access;            // from InnerClasses for a nested class, else the class's own flags
        String signature;
        String superName;
        TreeSet<String> interfaces = new TreeSet<>();
        final Map<String, Member> members = new TreeMap<>();

        boolean isPublic() {
            return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
        }
    }

    static ClassInfo read(byte[] bytes) {
        ClassInfo info = new ClassInfo();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM8) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                info.name = name;
                info.access = access;
                info.signature = signature;
                info.superName = superName;
                for (String i : interfaces) {
                    info.interfaces.add(i);
                }
            }

            @Override
            public void visitPermittedSubclassExperimental(String permitted) {
                // Sealed classes (JDK 17's PermittedSubclasses) are not part of what we compare.
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
                if (name.equals(info.name)) {
                    info.access = access; // the nested class's declared modifiers (JVMS 4.7.6)
                }
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                Member m = new Member(false, access, name, descriptor, signature, null, value);
                info.members.put(m.key(), m);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                Member m = new Member(true, access, name, descriptor, signature, exceptions, null);
                info.members.put(m.key(), m);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return info;
    }

    private final FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    private final Map<String, ClassInfo> jdkCache = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The JDK's class of this internal name (from any module), or null. */
    ClassInfo jdk(String internalName) throws IOException {
        if (jdkCache.containsKey(internalName)) {
            return jdkCache.get(internalName);
        }
        ClassInfo info = null;
        Path p = jrt.getPath("/modules/java.base/" + internalName + ".class");
        if (Files.exists(p)) {
            info = read(Files.readAllBytes(p));
        }
        jdkCache.put(internalName, info);
        return info;
    }

    void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }

    static String describe(ClassInfo c, Member m) {
        String n = javaName(c.name);
        if (!m.isMethod) {
            return n + "." + m.name + " (" + m.descriptor + ")";
        }
        return n + "." + m.name + m.descriptor;
    }

    static String mods(int access, boolean method) {
        int a = access & (method ? METHOD_MODS : FIELD_MODS);
        StringBuilder sb = new StringBuilder();
        String[] names = {"public", "private", "protected", "static", "final", method ? "synchronized" : "",
                method ? "bridge" : "volatile", method ? "varargs" : "transient"};
        for (int i = 0; i < names.length; i++) {
            if ((a & (1 << i)) != 0) {
                sb.append(names[i]).append(' ');
            }
        }
        if ((a & Opcodes.ACC_ABSTRACT) != 0) {
            sb.append("abstract ");
        }
        if ((a & Opcodes.ACC_ENUM) != 0 && !method) {
            sb.append("enum ");
        }
        return sb.length() == 0 ? "(package)" : sb.toString().trim();
    }

    /** Finds an inherited API member of this key in the JDK's superclasses and superinterfaces. */
    Member inherited(ClassInfo jdkClass, String key) throws IOException {
        List<String> supers = new ArrayList<>();
        if (jdkClass.superName != null) {
            supers.add(jdkClass.superName);
        }
        supers.addAll(jdkClass.interfaces);
        for (String s : supers) {
            ClassInfo sc = jdk(s);
            if (sc == null) {
                continue;
            }
            Member m = sc.members.get(key);
            if (m != null && m.isApi()) {
                return m;
            }
            m = inherited(sc, key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    void compareClass(ClassInfo ours) throws IOException {
        String where = javaName(ours.name);
        ClassInfo theirs = jdk(ours.name);
        if (theirs == null) {
            if (ours.isPublic()) {
                problem(where, "public class not in the JDK's java.base");
            }
            return;
        }
        if (!ours.isPublic()) {
            if (theirs.isPublic()) {
                problem(where, "not public, but public in the JDK");
            }
            return;
        }
        int oa = ours.access & CLASS_MODS;
        int ta = theirs.access & CLASS_MODS;
        if (oa != ta) {
            problem(where, "class modifiers 0x" + Integer.toHexString(oa) + ", JDK 0x" + Integer.toHexString(ta));
        }
        if (!Objects.equals(ours.superName, theirs.superName)) {
            problem(where, "superclass " + ours.superName + ", JDK " + theirs.superName);
        }
        if (!ours.interfaces.equals(theirs.interfaces)) {
            problem(where, "interfaces " + ours.interfaces + ", JDK " + theirs.interfaces);
        }
        if (!Objects.equals(ours.signature, theirs.signature)) {
            problem(where, "generic signature " + ours.signature + ", JDK " + theirs.signature);
        }
        for (Member m : ours.members.values()) {
            if (!m.isApi()) {
                continue;
            }
            compareMember(ours, theirs, m);
        }
    }

    void compareMember(ClassInfo ours, ClassInfo theirs, Member m) throws IOException {
        String where = describe(ours, m);
        Member t = theirs.members.get(m.key());
        if (t == null || !t.isApi()) {
            Member inh = m.name.equals("<init>") || m.name.equals("<clinit>") ? null : inherited(theirs, m.key());
            if (inh == null) {
                StringBuilder similar = new StringBuilder();
                for (Member x : theirs.members.values()) {
                    if (x.isApi() && x.name.equals(m.name) && x.isMethod == m.isMethod) {
                        similar.append(similar.length() == 0 ? "" : ", ").append(x.descriptor);
                    }
                }
                problem(where, (t != null ? "not public/protected in the JDK" : "not in the JDK")
                        + (similar.length() > 0 ? " (JDK has " + similar + ")" : ""));
                return;
            }
            t = inh; // an extra override of an inherited member: compare with the inherited one
        }
        int mask = m.isMethod ? METHOD_MODS : FIELD_MODS;
        int om = m.access & mask;
        int tm = t.access & mask;
        if (t != theirs.members.get(m.key())) {
            // An extra override may implement an abstract method, but must not add final or
            // abstract (a user's subclass written against the JDK would break).
            if ((om & Opcodes.ACC_ABSTRACT) == 0) {
                tm &= ~Opcodes.ACC_ABSTRACT;
            }
        }
        if (om != tm) {
            problem(where, "modifiers '" + mods(om, m.isMethod) + "', JDK '" + mods(tm, m.isMethod) + "'");
        }
        if (!m.exceptions.equals(t.exceptions)) {
            problem(where, "throws " + m.exceptions + ", JDK " + t.exceptions);
        }
        if (!Objects.equals(m.signature, t.signature)) {
            problem(where, "generic signature " + m.signature + ", JDK " + t.signature);
        }
        if (!Objects.equals(m.constant, t.constant)) {
            problem(where, "constant value " + m.constant + ", JDK " + t.constant);
        }
    }

    /** The JDK's public classes (binary names) of each unqualified export of java.base. */
    Map<String, TreeSet<String>> jdkPublicClasses() throws IOException {
        Map<String, TreeSet<String>> result = new TreeMap<>();
        ModuleDescriptor base = Object.class.getModule().getDescriptor();
        for (ModuleDescriptor.Exports e : base.exports()) {
            if (e.isQualified()) {
                continue;
            }
            TreeSet<String> names = new TreeSet<>();
            Path dir = jrt.getPath("/modules/java.base/" + e.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Object o : files.toArray()) {
                    Path p = (Path) o;
                    String file = p.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class")) {
                        continue;
                    }
                    ClassInfo c = jdk(e.source().replace('.', '/') + "/" + file.substring(0, file.length() - 6));
                    if (c != null && c.isPublic() && isReachable(c)) {
                        names.add(javaName(c.name));
                    }
                }
            }
            result.put(e.source(), names);
        }
        return result;
    }

    /** A nested class is API only if its enclosing classes are public too. */
    boolean isReachable(ClassInfo c) throws IOException {
        int dollar = c.name.lastIndexOf('$');
        if (dollar < 0) {
            return true;
        }
        ClassInfo outer = jdk(c.name.substring(0, dollar));
        return outer == null || (outer.isPublic() && isReachable(outer));
    }

    /** Our classes by internal name (to resolve members we inherit rather than declare). */
    private final Map<String, ClassInfo> ourClasses = new TreeMap<>();

    /** Whether ours has an API member of this key, declared or inherited from our own classes. */
    boolean oursHas(String internalName, String key) {
        ClassInfo c = ourClasses.get(internalName);
        if (c == null) {
            return false;
        }
        Member m = c.members.get(key);
        if (m != null && m.isApi()) {
            return true;
        }
        if (c.superName != null && oursHas(c.superName, key)) {
            return true;
        }
        for (String i : c.interfaces) {
            if (oursHas(i, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gap inside the classes we have: per class, the JDK's declared public/protected members
     * that a program could not find in ours (neither declared nor inherited).
     */
    Map<String, List<String>> memberGaps() throws IOException {
        Map<String, List<String>> gaps = new TreeMap<>();
        for (ClassInfo c : ourClasses.values()) {
            ClassInfo theirs = jdk(c.name);
            if (theirs == null || !c.isPublic() || c.name.startsWith("jdk/internal/")) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Member t : theirs.members.values()) {
                if (t.isApi() && !t.name.equals("<clinit>") && !(t.isMethod && (t.access & Opcodes.ACC_BRIDGE) != 0)
                        && !oursHas(c.name, t.key())) {
                    missing.add(t.name + (t.isMethod ? t.descriptor : ""));
                }
            }
            if (!missing.isEmpty()) {
                gaps.put(javaName(c.name), missing);
            }
        }
        return gaps;
    }

    int run(String jarPath, boolean listMembers) throws IOException {
        TreeSet<String> ours = new TreeSet<>();
        int checked = 0;
        try (ZipFile jar = new ZipFile(jarPath)) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (!n.endsWith(".class") || n.startsWith("jdk/internal/") || n.endsWith("package-info.class")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = jar.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                ClassInfo c = read(bytes);
                ourClasses.put(c.name, c);
                compareClass(c);
                if (c.isPublic()) {
                    ours.add(javaName(c.name));
                    checked++;
                }
            }
        }
        for (String p : problems) {
            System.out.println("MISMATCH " + p);
        }
        System.out.println();
        System.out.println("java.base public classes we lack, per exported package (nested classes count):");
        int haveTotal = 0;
        int allTotal = 0;
        int coreHave = 0;
        int coreAll = 0;
        TreeSet<String> untouched = new TreeSet<>();
        for (Map.Entry<String, TreeSet<String>> e : jdkPublicClasses().entrySet()) {
            TreeSet<String> missing = new TreeSet<>(e.getValue());
            missing.removeAll(ours);
            int all = e.getValue().size();
            int have = all - missing.size();
            haveTotal += have;
            allTotal += all;
            String pkg = e.getKey();
            if (pkg.equals("java.lang") || pkg.equals("java.util") || pkg.equals("java.io")) {
                coreHave += have;
                coreAll += all;
            }
            if (have == 0) {
                untouched.add(pkg + " (" + all + ")");
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String m : missing) {
                sb.append(sb.length() == 0 ? "" : " ").append(m.substring(pkg.length() + 1));
            }
            System.out.println("  " + pkg + ": have " + have + " of " + all + (missing.isEmpty() ? "" : "; lack " + sb));
        }
        System.out.println("  packages with none of their classes: " + String.join(", ", untouched));
        System.out.println();
        Map<String, List<String>> gaps = memberGaps();
        int missingMembers = 0;
        StringBuilder perClass = new StringBuilder();
        for (Map.Entry<String, List<String>> e : gaps.entrySet()) {
            missingMembers += e.getValue().size();
            perClass.append(perClass.length() == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue().size())
                    .append(')');
            if (listMembers) {
                System.out.println("  " + e.getKey() + " lacks " + String.join(" ", e.getValue()));
            }
        }
        System.out.println("JDK members missing from the classes we have: " + missingMembers + " in " + gaps.size()
                + " classes" + (listMembers ? "" : " (--members lists them)") + ": " + perClass);
        System.out.println();
        System.out.println("Checked " + checked + " public classes of " + jarPath + ": " + problems.size()
                + " mismatches.");
        System.out.println("Coverage: " + coreHave + " of " + coreAll
                + " public java.base classes in java.lang, java.util, java.io; " + haveTotal + " of " + allTotal
                + " in all exported java.base packages.");
        return problems.isEmpty() ? 0 : 1;
    }

    public static void main(String[] args) throws IOException {
        boolean members = args.length == 2 && args[0].equals("--members");
        if (args.length != 1 && !members) {
            System.err.println("usage: ApiCheck [--members] cortado-classlib.jar");
            System.exit(2);
        }
        System.exit(new ApiCheck().run(args[args.length - 1], members));
    }
}
