// Writes a jar holding one class whose name is so long (65528 characters)
// that the class the lambda metafactory generates for its lambda,
// Name$$Lambda$N, cannot be written: a CONSTANT_Utf8 holds at most 65535
// bytes (JVMS 4.4.7). The name still fits a class file and a jar entry, which
// a directory on the class path could not hold (file names stop at 255 bytes).
//
//   java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED \
//        GenerateLongNameLambda.java OUT.jar      -> prints the class name
//
// main runs `Runnable r = () -> System.out.println("lambda ran"); r.run();`.

import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.io.FileOutputStream;
import java.io.IOException;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Type;

public class GenerateLongNameLambda {
    public static void main(String[] args) throws IOException {
        String name = "L".repeat(65528);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_8, ACC_PUBLIC | ACC_SUPER, name, null, "java/lang/Object", null);

        MethodVisitor body = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, "lambda$0", "()V", null, null);
        body.visitCode();
        body.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        body.visitLdcInsn("lambda ran");
        body.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        body.visitInsn(RETURN);
        body.visitMaxs(0, 0);
        body.visitEnd();

        Handle meta = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;",
                false);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", meta, Type.getType("()V"),
                new Handle(H_INVOKESTATIC, name, "lambda$0", "()V", false), Type.getType("()V"));
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();

        try (JarOutputStream jar = new JarOutputStream(new FileOutputStream(args[0]))) {
            jar.putNextEntry(new JarEntry(name + ".class"));
            jar.write(cw.toByteArray());
            jar.closeEntry();
        }
        System.out.println(name);
    }
}
