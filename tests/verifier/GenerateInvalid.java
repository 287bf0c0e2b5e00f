// Writes invalid class files, each breaking one verification rule (JVMS 4.9,
// 4.10), for the verifier's differential tests (tests/verifier/CMakeLists.txt):
//
//   java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED \
//        GenerateInvalid.java OUT_DIR [49]  ->  OUT_DIR/<Case>/{Main,<Case>}.class
//
// With 49 the cases are written as version 49 class files without frames,
// which HotSpot (and Cortado) verify by type inference (JVMS 4.10.2); the
// cases that only break a StackMapTable rule are then valid.
//
// Each case is a class <Case> (version 52 unless said) with a static run()V;
// Main.main calls <Case>.run(), so <Case> is verified when it is linked before
// its initialization and the VerifyError escapes main. Frames are written by
// hand (ClassWriter without COMPUTE_FRAMES / COMPUTE_MAXS): the point is to
// control them. Where ASM cannot express the fault (a branch into the middle
// of an instruction) a marker instruction is patched in the written bytes.
// HotSpot is the oracle: the test compares its error with Cortado's.

import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;

public class GenerateInvalid {
    static Path outRoot;
    // 52, or 49 for the same cases without StackMapTables (verified by type inference).
    static int defaultVersion = V1_8;
    static final List<String> written = new ArrayList<>();

    // One invalid class under construction.
    static final class Case {
        final String name;
        final ClassWriter cw = new ClassWriter(0);
        boolean selfMain;  // the case class is the main class itself (no Main driver)

        Case(String name) { this(name, defaultVersion, "java/lang/Object"); }
        Case(String name, int version, String superName) {
            this.name = name;
            cw.visit(version, ACC_PUBLIC | ACC_SUPER, name, null, superName, null);
            cw.visitField(ACC_STATIC, "num", "I", null, null).visitEnd();
            cw.visitField(0, "count", "I", null, null).visitEnd();
            cw.visitField(ACC_STATIC, "o", "Ljava/lang/Object;", null, null).visitEnd();
        }
        // A method; the caller emits code and ends it with end(mv, maxStack, maxLocals).
        MethodVisitor method(int access, String methodName, String desc) {
            MethodVisitor mv = cw.visitMethod(access, methodName, desc, null, null);
            mv.visitCode();
            return mv;
        }
        MethodVisitor run() { return method(ACC_PUBLIC | ACC_STATIC, "run", "()V"); }
        // A valid run()V, for cases whose fault is elsewhere in the class.
        void emptyRun() {
            MethodVisitor mv = run();
            mv.visitInsn(RETURN);
            end(mv, 0, 0);
        }
        void defaultInit(String superName) {
            MethodVisitor mv = method(ACC_PUBLIC, "<init>", "()V");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
            mv.visitInsn(RETURN);
            end(mv, 1, 1);
        }
        void write() throws IOException {
            cw.visitEnd();
            byte[] bytes = cw.toByteArray();
            Path dir = outRoot.resolve(name);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".class"), bytes);
            if (!selfMain) writeMain(dir, name);
            written.add(name);
        }
    }

    // A stack map frame, in class files that have them.
    static void frame(MethodVisitor mv, int type, int nLocal, Object[] local, int nStack, Object[] stack) {
        if (defaultVersion >= V1_6) mv.visitFrame(type, nLocal, local, nStack, stack);
    }

    static void end(MethodVisitor mv, int maxStack, int maxLocals) {
        mv.visitMaxs(maxStack, maxLocals);
        mv.visitEnd();
    }

    static byte[] replaceOnce(byte[] bytes, byte[] from, byte[] to) {
        int found = -1;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) match = bytes[i + j] == from[j];
            if (match) {
                if (found >= 0) throw new IllegalStateException("patch pattern occurs twice");
                found = i;
            }
        }
        if (found < 0) throw new IllegalStateException("patch pattern not found");
        byte[] out = bytes.clone();
        System.arraycopy(to, 0, out, found, to.length);
        return out;
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    // Main.main(String[]) { <Case>.run(); }
    static void writeMain(Path dir, String caseName) throws IOException {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(V1_8, ACC_PUBLIC | ACC_SUPER, "Main", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(INVOKESTATIC, caseName, "run", "()V", false);
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        mv.visitLdcInsn("ran " + caseName);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        mv.visitInsn(RETURN);
        end(mv, 2, 1);
        cw.visitEnd();
        Files.write(dir.resolve("Main.class"), cw.toByteArray());
    }

    // p/Base: a superclass in another run-time package, with protected and final members.
    static void writePackageBase(String caseName) throws IOException {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(V1_8, ACC_PUBLIC | ACC_SUPER, "p/Base", null, "java/lang/Object", null);
        cw.visitField(ACC_PROTECTED, "x", "I", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        end(mv, 1, 1);
        mv = cw.visitMethod(ACC_PROTECTED, "prot", "()V", null, null);
        mv.visitCode();
        mv.visitInsn(RETURN);
        end(mv, 0, 1);
        mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "fin", "()V", null, null);
        mv.visitCode();
        mv.visitInsn(RETURN);
        end(mv, 0, 1);
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "make", "()Lp/Base;", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, "p/Base");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "p/Base", "<init>", "()V", false);
        mv.visitInsn(ARETURN);
        end(mv, 2, 0);
        cw.visitEnd();
        Path dir = outRoot.resolve(caseName).resolve("p");
        Files.createDirectories(dir);
        Files.write(dir.resolve("Base.class"), cw.toByteArray());

        cw = new ClassWriter(0);
        cw.visit(V1_8, ACC_PUBLIC | ACC_SUPER | ACC_FINAL, "p/FinalBase", null, "java/lang/Object", null);
        cw.visitEnd();
        Files.write(dir.resolve("FinalBase.class"), cw.toByteArray());
    }

    interface Body { void emit(MethodVisitor mv); }

    // The common shape: run()V whose body is `body`, then (if `ret`) a return.
    static void simple(String name, int maxStack, int maxLocals, boolean ret, Body body) throws IOException {
        Case c = new Case(name);
        MethodVisitor mv = c.run();
        body.emit(mv);
        if (ret) mv.visitInsn(RETURN);
        end(mv, maxStack, maxLocals);
        c.write();
    }

    // A static method `m` of descriptor `desc` with the given body; run() is valid.
    static void withMethod(String name, String desc, int maxStack, int maxLocals, Body body) throws IOException {
        Case c = new Case(name);
        c.emptyRun();
        MethodVisitor mv = c.method(ACC_STATIC, "m", desc);
        body.emit(mv);
        end(mv, maxStack, maxLocals);
        c.write();
    }

    static final String OBJ = "java/lang/Object", STR = "java/lang/String";

    public static void main(String[] args) throws IOException {
        outRoot = Path.of(args[0]);
        if (args.length > 1) defaultVersion = Integer.parseInt(args[1]) == 49 ? V1_5 : V1_8;
        typeConfusion();
        stackDepth();
        locals();
        returns();
        controlFlow();
        stackMaps();
        objects();
        invocations();
        handlers();
        arraysAndFields();
        classLevel();
        Files.write(outRoot.resolve("cases.txt"), written);
    }

    // ---- operand types (JVMS 4.10.1.9: each instruction's operand types)
    static void typeConfusion() throws IOException {
        simple("IaddNull", 2, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitInsn(ACONST_NULL); mv.visitInsn(IADD); mv.visitInsn(POP); });
        simple("FaddInt", 2, 0, true, mv -> { mv.visitInsn(FCONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(FADD); mv.visitInsn(POP); });
        simple("LaddInts", 4, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(LADD); mv.visitInsn(POP2); });
        simple("DnegFloat", 2, 0, true, mv -> { mv.visitInsn(FCONST_0); mv.visitInsn(FCONST_0); mv.visitInsn(DNEG); mv.visitInsn(POP2); });
        simple("I2lOnString", 2, 0, true, mv -> { mv.visitLdcInsn("s"); mv.visitInsn(I2L); mv.visitInsn(POP2); });
        simple("PopLong", 2, 0, true, mv -> { mv.visitInsn(LCONST_0); mv.visitInsn(POP); });
        simple("Pop2SplitLong", 3, 0, true, mv -> { mv.visitInsn(LCONST_0); mv.visitInsn(ICONST_0); mv.visitInsn(POP2); mv.visitInsn(POP); });
        simple("DupLong", 4, 0, true, mv -> { mv.visitInsn(LCONST_0); mv.visitInsn(DUP); });
        simple("SwapLong", 4, 0, true, mv -> { mv.visitInsn(ICONST_0); mv.visitInsn(LCONST_0); mv.visitInsn(SWAP); });
        simple("IfnullOnInt", 1, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFNULL, l); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("IfeqOnNull", 1, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ACONST_NULL); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("IfAcmpInts", 2, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitInsn(ICONST_0); mv.visitJumpInsn(IF_ACMPEQ, l); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("MonitorenterInt", 1, 0, true, mv -> { mv.visitInsn(ICONST_0); mv.visitInsn(MONITORENTER); });
        simple("AthrowString", 1, 0, false, mv -> { mv.visitLdcInsn("s"); mv.visitInsn(ATHROW); });
        simple("CheckcastInt", 1, 0, true, mv -> { mv.visitInsn(ICONST_0); mv.visitTypeInsn(CHECKCAST, OBJ); mv.visitInsn(POP); });
        simple("InstanceofFloat", 1, 0, true, mv -> { mv.visitInsn(FCONST_0); mv.visitTypeInsn(INSTANCEOF, STR); mv.visitInsn(POP); });
        simple("TableswitchOnFloat", 1, 0, false, mv -> {
            Label d = new Label();
            mv.visitInsn(FCONST_0); mv.visitTableSwitchInsn(0, 0, d, d); mv.visitLabel(d);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
    }

    // ---- stack depth (JVMS 4.10.1.4: never below empty, never above max_stack)
    static void stackDepth() throws IOException {
        simple("PopEmpty", 1, 0, true, mv -> mv.visitInsn(POP));
        simple("IaddUnderflow", 1, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitInsn(IADD); mv.visitInsn(POP); });
        simple("PushOverflow", 1, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(POP2); });
        simple("LongOverflow", 1, 0, true, mv -> { mv.visitInsn(LCONST_1); mv.visitInsn(POP2); });
        simple("DupOverflow", 1, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitInsn(DUP); mv.visitInsn(POP2); });
        simple("InvokeUnderflow", 1, 0, true, mv -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false));
    }

    // ---- locals (JVMS 4.10.1.9 load/store: index < max_locals, right type)
    static void locals() throws IOException {
        simple("IloadOutOfRange", 1, 1, true, mv -> { mv.visitVarInsn(ILOAD, 5); mv.visitInsn(POP); });
        simple("IstoreOutOfRange", 1, 1, true, mv -> { mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, 3); });
        simple("LstoreOutOfRange", 2, 1, true, mv -> { mv.visitInsn(LCONST_0); mv.visitVarInsn(LSTORE, 0); });
        simple("IloadUnset", 1, 1, true, mv -> { mv.visitVarInsn(ILOAD, 0); mv.visitInsn(POP); });
        simple("AloadInt", 1, 1, true, mv -> { mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, 0); mv.visitVarInsn(ALOAD, 0); mv.visitInsn(POP); });
        simple("IloadLongHalf", 2, 2, true, mv -> { mv.visitInsn(LCONST_0); mv.visitVarInsn(LSTORE, 0); mv.visitVarInsn(ILOAD, 1); mv.visitInsn(POP); });
        simple("LloadOverflow", 2, 1, true, mv -> { mv.visitVarInsn(LLOAD, 0); mv.visitInsn(POP2); });
        simple("DloadFromLong", 2, 2, true, mv -> { mv.visitInsn(LCONST_0); mv.visitVarInsn(LSTORE, 0); mv.visitVarInsn(DLOAD, 0); mv.visitInsn(POP2); });
        simple("IincFloat", 1, 1, true, mv -> { mv.visitInsn(FCONST_0); mv.visitVarInsn(FSTORE, 0); mv.visitIincInsn(0, 1); });
        simple("LongBrokenByStore", 2, 2, true, mv -> {
            mv.visitInsn(LCONST_0); mv.visitVarInsn(LSTORE, 0); mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, 1);
            mv.visitVarInsn(LLOAD, 0); mv.visitInsn(POP2); });
        withMethod("ArgumentTypeLocal", "(F)V", 1, 1, mv -> { mv.visitVarInsn(ILOAD, 0); mv.visitInsn(POP); mv.visitInsn(RETURN); });
    }

    // ---- return types (JVMS 4.10.1.9 ireturn ... return)
    static void returns() throws IOException {
        withMethod("IreturnFromVoid", "()V", 1, 0, mv -> { mv.visitInsn(ICONST_0); mv.visitInsn(IRETURN); });
        withMethod("ReturnFromInt", "()I", 0, 0, mv -> mv.visitInsn(RETURN));
        withMethod("FreturnFromInt", "()I", 1, 0, mv -> { mv.visitInsn(FCONST_0); mv.visitInsn(FRETURN); });
        withMethod("FreturnFromBoolean", "()Z", 1, 0, mv -> { mv.visitInsn(FCONST_0); mv.visitInsn(FRETURN); });
        withMethod("LreturnFromDouble", "()D", 2, 0, mv -> { mv.visitInsn(LCONST_0); mv.visitInsn(LRETURN); });
        withMethod("AreturnWrongClass", "()Ljava/lang/String;", 1, 0, mv -> {
            mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;"); mv.visitInsn(ARETURN); });
        withMethod("AreturnInt", "()Ljava/lang/Object;", 1, 0, mv -> { mv.visitInsn(ICONST_0); mv.visitInsn(ARETURN); });
        withMethod("IreturnEmptyStack", "()I", 1, 0, mv -> mv.visitInsn(IRETURN));
    }

    // ---- control flow (JVMS 4.9.2: branch targets are instructions; no falling off the end)
    static void controlFlow() throws IOException {
        simple("FallOffEnd", 1, 0, false, mv -> { mv.visitInsn(ICONST_0); mv.visitInsn(POP); });
        simple("JsrInVersion52", 1, 1, false, mv -> {
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub); mv.visitInsn(RETURN); mv.visitLabel(sub); mv.visitVarInsn(ASTORE, 0); mv.visitVarInsn(RET, 0); });
        // goto +1: into the middle of the goto itself. The marker `sipush 0x7e7e` becomes `goto +1`.
        simple("BranchIntoInstruction", 1, 0, false, mv -> { mv.visitIntInsn(SIPUSH, 0x7e7e); mv.visitInsn(RETURN); });
        patchLast(bytes(0x11, 0x7e, 0x7e, 0xb1), bytes(0xa7, 0x00, 0x01, 0xb1));
        simple("BranchPastEnd", 1, 0, false, mv -> { mv.visitIntInsn(SIPUSH, 0x7e7e); mv.visitInsn(RETURN); });
        patchLast(bytes(0x11, 0x7e, 0x7e, 0xb1), bytes(0xa7, 0x00, 0x40, 0xb1));
        simple("BranchBackwardsBeforeStart", 1, 0, false, mv -> { mv.visitIntInsn(SIPUSH, 0x7e7e); mv.visitInsn(RETURN); });
        patchLast(bytes(0x11, 0x7e, 0x7e, 0xb1), bytes(0xa7, 0xff, 0xf0, 0xb1));
        simple("LookupswitchUnsorted", 1, 0, false, mv -> {
            Label d = new Label();
            mv.visitInsn(ICONST_0); mv.visitLookupSwitchInsn(d, new int[] {2, 1}, new Label[] {d, d}); mv.visitLabel(d);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("TableswitchLowAboveHigh", 1, 0, false, mv -> {
            Label d = new Label();
            mv.visitInsn(ICONST_0); mv.visitTableSwitchInsn(1, 0, d); mv.visitLabel(d);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        withMethod("InvalidOpcode", "()V", 1, 0, mv -> { mv.visitIntInsn(SIPUSH, 0x7e7e); mv.visitInsn(RETURN); });
        patchLast(bytes(0x11, 0x7e, 0x7e, 0xb1), bytes(0xf0, 0x00, 0x00, 0xb1));  // unassigned in JVMS and HotSpot
    }

    // Patches the class file of the case written last.
    static void patchLast(byte[] from, byte[] to) throws IOException {
        String name = written.get(written.size() - 1);
        Path file = outRoot.resolve(name).resolve(name + ".class");
        Files.write(file, replaceOnce(Files.readAllBytes(file), from, to));
    }

    // ---- stack map frames (JVMS 4.7.4, 4.10.1.4)
    static void stackMaps() throws IOException {
        simple("MissingFrameAtTarget", 1, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l); mv.visitInsn(RETURN); });
        simple("MissingFrameAfterGoto", 1, 0, false, mv -> {
            Label l = new Label();
            mv.visitJumpInsn(GOTO, l); mv.visitInsn(ICONST_0); mv.visitInsn(POP); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("FrameStackSizeMismatch", 2, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitInsn(POP); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitInsn(RETURN); });
        simple("FrameLocalTypeMismatch", 1, 1, false, mv -> {
            Label l = new Label();
            mv.visitInsn(FCONST_0); mv.visitVarInsn(FSTORE, 0); mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_APPEND, 1, new Object[] {INTEGER}, 0, null); mv.visitInsn(RETURN); });
        simple("FrameStackTypeMismatch", 2, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(FCONST_0); mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_SAME1, 0, null, 1, new Object[] {INTEGER}); mv.visitInsn(POP); mv.visitInsn(RETURN); });
        simple("FallThroughFrameMismatch", 1, 1, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, 0); mv.visitLabel(l);
            frame(mv, F_FULL, 1, new Object[] {FLOAT}, 0, null); mv.visitInsn(RETURN); });
        simple("FrameTooManyLocals", 1, 1, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_APPEND, 2, new Object[] {INTEGER, INTEGER}, 0, null); mv.visitInsn(RETURN); });
        simple("FrameAtCodeEnd", 0, 0, false, mv -> {
            Label l = new Label();
            mv.visitInsn(RETURN); mv.visitLabel(l); frame(mv, F_SAME, 0, null, 0, null); });
        simple("FrameUninitializedNotNew", 1, 0, false, mv -> {
            Label notNew = new Label(), l = new Label();
            mv.visitLabel(notNew); mv.visitInsn(ACONST_NULL); mv.visitJumpInsn(GOTO, l); mv.visitLabel(l);
            frame(mv, F_FULL, 0, null, 1, new Object[] {notNew}); mv.visitInsn(POP); mv.visitInsn(RETURN); });
        simple("FrameMissingLocal", 1, 1, false, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_SAME, 0, null, 0, null); mv.visitVarInsn(ILOAD, 0); mv.visitInsn(POP); mv.visitInsn(RETURN); });
    }

    // ---- uninitialized objects and <init> (JVMS 4.10.1.9 new, invokespecial; 4.10.1.4)
    static void objects() throws IOException {
        simple("UninitReceiver", 2, 0, true, mv -> {
            mv.visitTypeInsn(NEW, OBJ); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false);
            mv.visitInsn(POP); mv.visitInsn(POP); });
        simple("UninitArgument", 1, 0, true, mv -> {
            mv.visitTypeInsn(NEW, OBJ); mv.visitMethodInsn(INVOKESTATIC, STR, "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;", false);
            mv.visitInsn(POP); });
        simple("UninitPutstatic", 1, 0, true, mv -> { mv.visitTypeInsn(NEW, OBJ); mv.visitFieldInsn(PUTSTATIC, "UninitPutstatic", "o", "Ljava/lang/Object;"); });
        withMethod("UninitReturned", "()Ljava/lang/Object;", 1, 0, mv -> { mv.visitTypeInsn(NEW, OBJ); mv.visitInsn(ARETURN); });
        simple("WrongInitClass", 2, 0, true, mv -> {
            mv.visitTypeInsn(NEW, OBJ); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKESPECIAL, STR, "<init>", "()V", false); mv.visitInsn(POP); });
        simple("InitOnInitialized", 1, 0, true, mv -> { mv.visitLdcInsn("s"); mv.visitMethodInsn(INVOKESPECIAL, STR, "<init>", "()V", false); });
        simple("NewArrayType", 1, 0, true, mv -> { mv.visitTypeInsn(NEW, "[I"); mv.visitInsn(POP); });
        constructor("CtorNoSuperCall", 0, mv -> mv.visitInsn(RETURN));
        constructor("CtorUseThisFirst", 1, mv -> {
            mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false); mv.visitInsn(POP); mv.visitInsn(RETURN); });
        constructor("CtorWrongSuperInit", 1, mv -> {
            mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, STR, "<init>", "()V", false); mv.visitInsn(RETURN); });
        constructor("CtorInitTwice", 1, mv -> {
            mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false);
            mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false); mv.visitInsn(RETURN); });
        // try { super(); } catch (Throwable t) { return; }: the handler would return an unmade object.
        constructor("CtorSuperInTryReturns", 1, mv -> {
            Label start = new Label(), end = new Label(), handler = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            mv.visitLabel(start); mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false);
            mv.visitLabel(end); mv.visitInsn(RETURN);
            mv.visitLabel(handler);
            frame(mv, F_FULL, 1, new Object[] {UNINITIALIZED_THIS}, 1, new Object[] {"java/lang/Throwable"});
            mv.visitInsn(POP); mv.visitInsn(RETURN); });
        // The same with a handler that rethrows: its frame still claims `this` uninitialized, which
        // the locals after super() (initialized, flagThisUninit) do not match (JVMS 4.10.1.9 invokespecial).
        constructor("CtorSuperInTryRethrows", 1, mv -> {
            Label start = new Label(), end = new Label(), handler = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            mv.visitLabel(start); mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false);
            mv.visitLabel(end); mv.visitInsn(RETURN);
            mv.visitLabel(handler);
            frame(mv, F_FULL, 1, new Object[] {UNINITIALIZED_THIS}, 1, new Object[] {"java/lang/Throwable"});
            mv.visitInsn(ATHROW); });
        constructor("CtorStoreUninitThisBranch", 1, mv -> {
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l);
            frame(mv, F_FULL, 1, new Object[] {"CtorStoreUninitThisBranch"}, 0, null);
            mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false); mv.visitInsn(RETURN); });
    }

    // A class whose <init>()V has the given body (run() is valid).
    static void constructor(String name, int maxStack, Body body) throws IOException {
        Case c = new Case(name);
        c.emptyRun();
        MethodVisitor mv = c.method(ACC_PUBLIC, "<init>", "()V");
        body.emit(mv);
        end(mv, Math.max(maxStack, 1), 1);
        c.write();
    }

    // ---- invocations (JVMS 4.9.2, 4.10.1.9 invoke*) and protected access (4.10.1.8)
    static void invocations() throws IOException {
        simple("InvokevirtualInit", 1, 0, true, mv -> { mv.visitInsn(ACONST_NULL); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "<init>", "()V", false); });
        simple("InvokestaticClinit", 0, 0, true, mv -> mv.visitMethodInsn(INVOKESTATIC, "InvokestaticClinit", "<clinit>", "()V", false));
        simple("InvokespecialUnrelated", 1, 0, true, mv -> {
            mv.visitLdcInsn("s"); mv.visitMethodInsn(INVOKESPECIAL, STR, "length", "()I", false); mv.visitInsn(POP); });
        simple("InvokespecialNotThis", 1, 0, true, mv -> {
            mv.visitLdcInsn("s"); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "hashCode", "()I", false); mv.visitInsn(POP); });
        simple("InvokeArgWrongType", 1, 0, true, mv -> {
            mv.visitInsn(ICONST_0); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "parseInt", "(Ljava/lang/String;)I", false); mv.visitInsn(POP); });
        simple("InvokeTooFewArgs", 2, 0, true, mv -> {
            mv.visitInsn(ICONST_0); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(II)I", false); mv.visitInsn(POP); });
        simple("InvokeinterfaceOnInt", 1, 0, true, mv -> { mv.visitInsn(ICONST_0); mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true); });
        simple("InvokeinterfaceBadCount", 1, 0, true, mv -> { mv.visitInsn(ACONST_NULL); mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true); });
        patchLast(bytes(0x01, 0x00, 0xb1), bytes(0x02, 0x00, 0xb1));
        {
            Case c = new Case("InvokestaticInterfaceV51", V1_7, OBJ);
            MethodVisitor mv = c.run();
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Comparator", "naturalOrder", "()Ljava/util/Comparator;", true);
            mv.visitInsn(POP); mv.visitInsn(RETURN);
            end(mv, 1, 0);
            c.write();
        }
        protectedCase("ProtectedGetfield", 1, mv -> {
            mv.visitMethodInsn(INVOKESTATIC, "p/Base", "make", "()Lp/Base;", false); mv.visitFieldInsn(GETFIELD, "p/Base", "x", "I"); mv.visitInsn(POP); });
        protectedCase("ProtectedPutfield", 2, mv -> {
            mv.visitMethodInsn(INVOKESTATIC, "p/Base", "make", "()Lp/Base;", false); mv.visitInsn(ICONST_0); mv.visitFieldInsn(PUTFIELD, "p/Base", "x", "I"); });
        protectedCase("ProtectedInvokevirtual", 1, mv -> {
            mv.visitMethodInsn(INVOKESTATIC, "p/Base", "make", "()Lp/Base;", false); mv.visitMethodInsn(INVOKEVIRTUAL, "p/Base", "prot", "()V", false); });
        protectedCase("ProtectedInit", 2, mv -> {
            mv.visitTypeInsn(NEW, "p/Base"); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKESPECIAL, "p/Base", "<init>", "()V", false); mv.visitInsn(POP); });
    }

    // A subclass of p/Base (another package) whose run() touches a protected member of another p/Base.
    static void protectedCase(String name, int maxStack, Body body) throws IOException {
        Case c = new Case(name, V1_8, "p/Base");
        MethodVisitor mv = c.run();
        body.emit(mv);
        mv.visitInsn(RETURN);
        end(mv, maxStack, 0);
        c.write();
        writePackageBase(name);
    }

    // ---- exception handlers (JVMS 4.10.1.6)
    static void handlers() throws IOException {
        tryCatch("CatchString", STR, 1, mv -> frame(mv, F_SAME1, 0, null, 1, new Object[] {STR}));
        tryCatch("CatchMissingClass", "NoSuchClassAnywhere", 1, mv -> frame(mv, F_SAME1, 0, null, 1, new Object[] {"NoSuchClassAnywhere"}));
        tryCatch("HandlerNoFrame", "java/lang/Throwable", 1, mv -> {});
        tryCatch("HandlerFrameWrongStack", "java/lang/Throwable", 1, mv -> frame(mv, F_SAME1, 0, null, 1, new Object[] {INTEGER}));
        tryCatch("HandlerStackBeyondMax", "java/lang/Throwable", 0, mv -> frame(mv, F_SAME1, 0, null, 1, new Object[] {"java/lang/Throwable"}));
        simple("HandlerSeesStoredLocal", 1, 1, false, mv -> {
            Label start = new Label(), end = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, end, handler, null);
            mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, 0);
            mv.visitLabel(start); mv.visitInsn(FCONST_0); mv.visitVarInsn(FSTORE, 0); mv.visitInsn(FCONST_0); mv.visitVarInsn(FSTORE, 0);
            mv.visitLabel(end); mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler); frame(mv, F_FULL, 1, new Object[] {FLOAT}, 1, new Object[] {"java/lang/Throwable"});
            mv.visitInsn(POP);
            mv.visitLabel(done); frame(mv, F_FULL, 1, new Object[] {FLOAT}, 0, null); mv.visitInsn(RETURN); });
    }

    // run() { try { Object.class.hashCode(); } catch (catchType) { } } with the handler's frame from `frame`.
    static void tryCatch(String name, String catchType, int maxStack, Body frame) throws IOException {
        Case c = new Case(name);
        MethodVisitor mv = c.run();
        Label start = new Label(), end = new Label(), handler = new Label(), done = new Label();
        mv.visitTryCatchBlock(start, end, handler, catchType);
        mv.visitLabel(start);
        mv.visitInsn(NOP);
        mv.visitLabel(end);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(handler);
        frame.emit(mv);
        mv.visitInsn(POP);
        mv.visitLabel(done);
        frame(mv, F_SAME, 0, null, 0, null);
        mv.visitInsn(RETURN);
        end(mv, maxStack, 0);
        c.write();
    }

    // ---- arrays and fields (JVMS 4.10.1.9 *aload, *astore, get/put*)
    static void arraysAndFields() throws IOException {
        simple("IaloadFloatArray", 2, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, T_FLOAT); mv.visitInsn(ICONST_0); mv.visitInsn(IALOAD); mv.visitInsn(POP); });
        simple("AaloadIntArray", 2, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, T_INT); mv.visitInsn(ICONST_0); mv.visitInsn(AALOAD); mv.visitInsn(POP); });
        simple("AastoreIntArray", 3, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, T_INT); mv.visitInsn(ICONST_0); mv.visitInsn(ACONST_NULL); mv.visitInsn(AASTORE); });
        simple("BastoreCharArray", 3, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, T_CHAR); mv.visitInsn(ICONST_0); mv.visitInsn(ICONST_0); mv.visitInsn(BASTORE); });
        simple("LaloadIndexFloat", 2, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, T_LONG); mv.visitInsn(FCONST_0); mv.visitInsn(LALOAD); mv.visitInsn(POP2); });
        simple("ArraylengthString", 1, 0, true, mv -> { mv.visitLdcInsn("s"); mv.visitInsn(ARRAYLENGTH); mv.visitInsn(POP); });
        simple("NewarrayBadType", 1, 0, true, mv -> { mv.visitInsn(ICONST_1); mv.visitIntInsn(NEWARRAY, 3); mv.visitInsn(POP); });
        simple("MultianewarrayTooDeep", 3, 0, true, mv -> {
            mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitInsn(ICONST_1); mv.visitMultiANewArrayInsn("[[I", 3); mv.visitInsn(POP); });
        simple("AnewarrayFloatLength", 1, 0, true, mv -> { mv.visitInsn(FCONST_0); mv.visitTypeInsn(ANEWARRAY, STR); mv.visitInsn(POP); });
        simple("GetfieldOnInt", 1, 0, true, mv -> { mv.visitInsn(ICONST_0); mv.visitFieldInsn(GETFIELD, "GetfieldOnInt", "count", "I"); mv.visitInsn(POP); });
        simple("GetfieldWrongClass", 1, 0, true, mv -> { mv.visitLdcInsn("s"); mv.visitFieldInsn(GETFIELD, "GetfieldWrongClass", "count", "I"); mv.visitInsn(POP); });
        simple("PutfieldWrongValue", 2, 0, true, mv -> { mv.visitInsn(ACONST_NULL); mv.visitInsn(FCONST_0); mv.visitFieldInsn(PUTFIELD, "PutfieldWrongValue", "count", "I"); });
        simple("PutstaticWrongType", 1, 0, true, mv -> { mv.visitLdcInsn("s"); mv.visitFieldInsn(PUTSTATIC, "PutstaticWrongType", "num", "I"); });
        simple("GetstaticPopTooMuch", 1, 0, true, mv -> { mv.visitFieldInsn(GETSTATIC, "GetstaticPopTooMuch", "num", "I"); mv.visitInsn(POP2); });
    }

    // ---- class-level rules: linking order, the main class, final members (JVMS 5.4, 4.10)
    static void classLevel() throws IOException {
        {   // The superclass is verified first, and its failure is the subclass's.
            Case c = new Case("BadSuperclass", V1_8, "BadSuperclassBase");
            c.emptyRun();
            c.write();
            Case base = new Case("BadSuperclassBase");
            MethodVisitor mv = base.method(ACC_STATIC, "m", "()V");
            mv.visitInsn(POP); mv.visitInsn(RETURN);
            end(mv, 1, 0);
            base.cw.visitEnd();
            Files.write(outRoot.resolve("BadSuperclass").resolve("BadSuperclassBase.class"), base.cw.toByteArray());
        }
        {   // The main class itself fails: the launcher reports it.
            Case c = new Case("BadMainClass");
            c.selfMain = true;
            MethodVisitor mv = c.method(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V");
            mv.visitInsn(ICONST_0); mv.visitInsn(FNEG); mv.visitInsn(POP); mv.visitInsn(RETURN);
            end(mv, 1, 1);
            c.write();
        }
        {
            Case c = new Case("FinalMethodOverride", V1_8, "p/Base");
            c.emptyRun();
            MethodVisitor mv = c.method(ACC_PUBLIC, "fin", "()V");
            mv.visitInsn(RETURN);
            end(mv, 0, 1);
            c.write();
            writePackageBase("FinalMethodOverride");
        }
        {
            Case c = new Case("FinalClassExtended", V1_8, "p/FinalBase");
            c.emptyRun();
            c.write();
            writePackageBase("FinalClassExtended");
        }
        {   // Version 50: failing type checking (no frame at a branch target) but passing type inference is fine.
            Case c = new Case("FailoverAccepted", V1_6, OBJ);
            MethodVisitor mv = c.run();
            Label l = new Label();
            mv.visitInsn(ICONST_0); mv.visitJumpInsn(IFEQ, l); mv.visitLabel(l); mv.visitInsn(RETURN);
            end(mv, 1, 0);
            c.write();
        }
        {   // Version 50 failing both: the type checker's message is the one reported.
            Case c = new Case("FailoverRejected", V1_6, OBJ);
            MethodVisitor mv = c.run();
            mv.visitInsn(ICONST_1); mv.visitInsn(ACONST_NULL); mv.visitInsn(IADD); mv.visitInsn(POP); mv.visitInsn(RETURN);
            end(mv, 2, 0);
            c.write();
        }
        {   // A bad method that never runs: with verification off both VMs run the program.
            Case c = new Case("UnverifiedDeadMethod");
            c.emptyRun();
            MethodVisitor mv = c.method(ACC_STATIC, "neverCalled", "()V");
            mv.visitInsn(POP); mv.visitInsn(RETURN);
            end(mv, 1, 0);
            c.write();
        }
    }
}
