/* The native half of JniSample.java: every function is looked up by its JNI
 * name except Java_..._registered's target, bound by RegisterNatives in
 * JNI_OnLoad. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

static jobject g_kept;

JNIEXPORT jint JNICALL Java_JniSample_add(JNIEnv *env, jclass c, jint a, jint b) { return (jint)((unsigned)a + (unsigned)b); }

JNIEXPORT jlong JNICALL Java_JniSample_mix(JNIEnv *env, jclass c, jbyte b, jshort s, jchar ch, jint i, jlong l, jfloat f,
                                           jdouble d, jboolean z) {
    return b + s + ch + i + l + (jlong)(f * 10) + (jlong)(d * 100) + (z ? 1000000 : 0);
}

JNIEXPORT jdouble JNICALL Java_JniSample_sumDoubles(JNIEnv *env, jclass c, jdouble a, jdouble b, jdouble cc, jdouble d,
                                                    jdouble e, jdouble f, jdouble g, jdouble h, jdouble i, jdouble j) {
    /* i and j are on the stack; weights make the order visible */
    return a + 2 * b + 3 * cc + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

JNIEXPORT jlong JNICALL Java_JniSample_sumMixed(JNIEnv *env, jclass cls, jint a, jlong b, jfloat c, jint d, jdouble e,
                                                jint f, jlong g, jint h, jfloat i, jint j, jdouble k, jlong l, jfloat m,
                                                jdouble n, jint o, jdouble p, jfloat q, jint r) {
    double weighted = a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 +
                      l * 12 + m * 13 + n * 14 + o * 15 + p * 16 + q * 17 + r * 18;
    return (jlong)(weighted * 2);
}

JNIEXPORT jboolean JNICALL Java_JniSample_not(JNIEnv *env, jclass c, jboolean z) { return !z; }
JNIEXPORT jchar JNICALL Java_JniSample_upper(JNIEnv *env, jclass c, jchar ch) {
    return ch >= 'a' && ch <= 'z' ? ch - 32 : ch == 0xe9 ? 0xc9 : ch;
}
JNIEXPORT jbyte JNICALL Java_JniSample_negByte(JNIEnv *env, jclass c, jbyte b) { return (jbyte)-b; }
JNIEXPORT jshort JNICALL Java_JniSample_twiceShort(JNIEnv *env, jclass c, jshort s) { return (jshort)(s * 2); }
JNIEXPORT jfloat JNICALL Java_JniSample_half(JNIEnv *env, jclass c, jfloat f) { return f / 2; }

JNIEXPORT jint JNICALL Java_JniSample_plusInstance(JNIEnv *env, jobject self, jint n) {
    jclass cls = (*env)->GetObjectClass(env, self);
    jfieldID fid = (*env)->GetFieldID(env, cls, "instanceValue", "I");
    return (*env)->GetIntField(env, self, fid) + n;
}

JNIEXPORT jstring JNICALL Java_JniSample_greet(JNIEnv *env, jclass c, jstring name) {
    const char *utf = (*env)->GetStringUTFChars(env, name, NULL);
    char buf[256];
    snprintf(buf, sizeof buf, "Hello, %s! (%d UTF-8 bytes)", utf, (int)strlen(utf));
    (*env)->ReleaseStringUTFChars(env, name, utf);
    return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniSample_reverse(JNIEnv *env, jclass c, jstring s) {
    jsize n = (*env)->GetStringLength(env, s);
    const jchar *chars = (*env)->GetStringChars(env, s, NULL);
    jchar out[256];
    for (jsize i = 0; i < n; i++) out[i] = chars[n - 1 - i];
    (*env)->ReleaseStringChars(env, s, chars);
    return (*env)->NewString(env, out, n);
}

JNIEXPORT jint JNICALL Java_JniSample_utfLength(JNIEnv *env, jclass c, jstring s) {
    return (*env)->GetStringUTFLength(env, s) * 100 + (*env)->GetStringLength(env, s);
}

JNIEXPORT jstring JNICALL Java_JniSample_region(JNIEnv *env, jclass c, jstring s, jint start, jint len) {
    jchar chars[64];
    char utf[64];
    (*env)->GetStringRegion(env, s, start, len, chars);
    if ((*env)->ExceptionCheck(env)) return NULL;
    (*env)->GetStringUTFRegion(env, s, start, len, utf);
    const jchar *critical = (*env)->GetStringCritical(env, s, NULL);
    jchar first = critical[start];
    (*env)->ReleaseStringCritical(env, s, critical);
    char buf[160];
    snprintf(buf, sizeof buf, "%s %c %d", utf, (char)first, (int)chars[0]);
    return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jint JNICALL Java_JniSample_sumArray(JNIEnv *env, jclass c, jintArray a) {
    jsize n = (*env)->GetArrayLength(env, a);
    jint *e = (*env)->GetIntArrayElements(env, a, NULL);
    jint sum = 0;
    for (jsize i = 0; i < n; i++) sum += e[i];
    (*env)->ReleaseIntArrayElements(env, a, e, JNI_ABORT);
    return sum;
}

JNIEXPORT void JNICALL Java_JniSample_scale(JNIEnv *env, jclass c, jdoubleArray a, jdouble factor) {
    jsize n = (*env)->GetArrayLength(env, a);
    jdouble *e = (*env)->GetDoubleArrayElements(env, a, NULL);
    for (jsize i = 0; i < n; i++) e[i] *= factor;
    (*env)->ReleaseDoubleArrayElements(env, a, e, 0);
}

JNIEXPORT jlong JNICALL Java_JniSample_sumCritical(JNIEnv *env, jclass c, jlongArray a) {
    jsize n = (*env)->GetArrayLength(env, a);
    jlong *e = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    jlong sum = 0;
    for (jsize i = 0; i < n; i++) sum += e[i];
    (*env)->ReleasePrimitiveArrayCritical(env, a, e, JNI_ABORT);
    return sum;
}

JNIEXPORT jintArray JNICALL Java_JniSample_range(JNIEnv *env, jclass c, jint n) {
    jintArray a = (*env)->NewIntArray(env, n);
    jint buf[64];
    for (jint i = 0; i < n; i++) buf[i] = i * i;
    (*env)->SetIntArrayRegion(env, a, 0, n, buf);
    return a;
}

JNIEXPORT jobjectArray JNICALL Java_JniSample_words(JNIEnv *env, jclass c, jstring a, jstring b, jstring cc) {
    jclass string = (*env)->FindClass(env, "java/lang/String");
    jobjectArray out = (*env)->NewObjectArray(env, 3, string, (*env)->NewStringUTF(env, "?"));
    (*env)->SetObjectArrayElement(env, out, 0, a);
    if (b) (*env)->SetObjectArrayElement(env, out, 1, b);
    (*env)->SetObjectArrayElement(env, out, 2, cc);
    return out;
}

/* Overloads: the long names, with the mangled argument descriptors. */
JNIEXPORT jint JNICALL Java_JniSample_overloaded__I(JNIEnv *env, jclass c, jint x) { return x * 10; }
JNIEXPORT jint JNICALL Java_JniSample_overloaded__Ljava_lang_String_2(JNIEnv *env, jclass c, jstring s) {
    return (*env)->GetStringLength(env, s);
}
JNIEXPORT jint JNICALL Java_JniSample_overloaded___3ILjava_lang_String_2(JNIEnv *env, jclass c, jintArray a, jstring s) {
    return (*env)->GetArrayLength(env, a) * 100 + (*env)->GetStringLength(env, s);
}
/* '_' is _1 and '$' is _00024. */
JNIEXPORT jint JNICALL Java_JniSample_under_1score_00024dollar(JNIEnv *env, jclass c, jint x) { return x + 1; }

static jint registeredImpl(JNIEnv *env, jclass c, jint x) { return x * 3; }

JNIEXPORT jint JNICALL Java_JniSample_callVirtual(JNIEnv *env, jclass c, jobject p) {
    jclass point = (*env)->FindClass(env, "JniSample$Point");
    jmethodID sum = (*env)->GetMethodID(env, point, "sum", "()I");
    return (*env)->CallIntMethod(env, p, sum);
}

JNIEXPORT jint JNICALL Java_JniSample_callNonvirtual(JNIEnv *env, jclass c, jobject p) {
    jclass point = (*env)->FindClass(env, "JniSample$Point");
    jmethodID sum = (*env)->GetMethodID(env, point, "sum", "()I");
    jvalue none[1];
    return (*env)->CallNonvirtualIntMethod(env, p, point, sum) * 10000 + (*env)->CallIntMethodA(env, p, sum, none);
}

JNIEXPORT jstring JNICALL Java_JniSample_callStatic(JNIEnv *env, jclass c, jint n) {
    jmethodID hello = (*env)->GetStaticMethodID(env, c, "hello", "(I)Ljava/lang/String;");
    jstring s = (jstring)(*env)->CallStaticObjectMethod(env, c, hello, n);
    jmethodID concat = (*env)->GetMethodID(env, (*env)->GetObjectClass(env, s), "concat",
                                           "(Ljava/lang/String;)Ljava/lang/String;");
    return (jstring)(*env)->CallObjectMethod(env, s, concat, (*env)->NewStringUTF(env, "!"));
}

JNIEXPORT jobject JNICALL Java_JniSample_makePoint(JNIEnv *env, jclass c, jint x, jint y) {
    jclass point = (*env)->FindClass(env, "JniSample$Point");
    jmethodID init = (*env)->GetMethodID(env, point, "<init>", "(II)V");
    jobject p = (*env)->NewObject(env, point, init, x, y);
    jfieldID label = (*env)->GetFieldID(env, point, "label", "Ljava/lang/String;");
    (*env)->SetObjectField(env, p, label, (*env)->NewStringUTF(env, "native"));
    return p;
}

JNIEXPORT jstring JNICALL Java_JniSample_fields(JNIEnv *env, jclass c, jobject p) {
    jclass point = (*env)->GetObjectClass(env, p);
    jint x = (*env)->GetIntField(env, p, (*env)->GetFieldID(env, point, "x", "I"));
    jint y = (*env)->GetIntField(env, p, (*env)->GetFieldID(env, point, "y", "I"));
    jobject label = (*env)->GetObjectField(env, p, (*env)->GetFieldID(env, point, "label", "Ljava/lang/String;"));
    (*env)->GetFieldID(env, point, "nope", "I");
    jboolean noField = (*env)->ExceptionCheck(env);
    jthrowable e = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    jclass nsfe = (*env)->FindClass(env, "java/lang/NoSuchFieldError");
    char buf[128];
    const char *l = (*env)->GetStringUTFChars(env, label, NULL);
    snprintf(buf, sizeof buf, "%d %d %s %d %d", x, y, l, noField, (*env)->IsInstanceOf(env, e, nsfe));
    (*env)->ReleaseStringUTFChars(env, label, l);
    return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jint JNICALL Java_JniSample_staticField(JNIEnv *env, jclass c, jint delta) {
    jfieldID f = (*env)->GetStaticFieldID(env, c, "counter", "I");
    jint old = (*env)->GetStaticIntField(env, c, f);
    (*env)->SetStaticIntField(env, c, f, old + delta);
    return old;
}

JNIEXPORT jboolean JNICALL Java_JniSample_instanceChecks(JNIEnv *env, jclass c, jobject o) {
    jclass point = (*env)->FindClass(env, "JniSample$Point");
    jclass point3 = (*env)->FindClass(env, "JniSample$Point3");
    jclass object = (*env)->FindClass(env, "java/lang/Object");
    return (*env)->IsInstanceOf(env, o, point) && (*env)->IsAssignableFrom(env, point3, point) &&
           !(*env)->IsAssignableFrom(env, point, point3) &&
           (*env)->IsSameObject(env, (*env)->GetSuperclass(env, point3), point) &&
           (*env)->IsSameObject(env, (*env)->GetSuperclass(env, point), object);
}

JNIEXPORT void JNICALL Java_JniSample_throwNew(JNIEnv *env, jclass c, jstring message) {
    const char *m = (*env)->GetStringUTFChars(env, message, NULL);
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/IllegalStateException"), m);
    (*env)->ReleaseStringUTFChars(env, message, m);
}

JNIEXPORT void JNICALL Java_JniSample_throwObject(JNIEnv *env, jclass c, jthrowable t) { (*env)->Throw(env, t); }

/* Calls a Java method that throws, sees the exception, clears it, and reports its message. */
JNIEXPORT jstring JNICALL Java_JniSample_catchJava(JNIEnv *env, jclass c) {
    jmethodID thrower = (*env)->GetStaticMethodID(env, c, "thrower", "(Ljava/lang/String;)V");
    (*env)->CallStaticVoidMethod(env, c, thrower, (*env)->NewStringUTF(env, "catchJava"));
    if (!(*env)->ExceptionCheck(env)) return NULL;
    jthrowable e = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    jmethodID getMessage = (*env)->GetMethodID(env, (*env)->FindClass(env, "java/lang/Throwable"), "getMessage",
                                               "()Ljava/lang/String;");
    jstring m = (jstring)(*env)->CallObjectMethod(env, e, getMessage);
    jboolean pending = (*env)->ExceptionCheck(env);
    const char *utf = (*env)->GetStringUTFChars(env, m, NULL);
    char buf[160];
    snprintf(buf, sizeof buf, "[%s] pending after clear: %d", utf, pending);
    (*env)->ReleaseStringUTFChars(env, m, utf);
    return (*env)->NewStringUTF(env, buf);
}

/* Returns with the Java exception still pending: it propagates to the Java caller. */
JNIEXPORT void JNICALL Java_JniSample_propagate(JNIEnv *env, jclass c) {
    jmethodID thrower = (*env)->GetStaticMethodID(env, c, "thrower", "(Ljava/lang/String;)V");
    (*env)->CallStaticVoidMethod(env, c, thrower, (*env)->NewStringUTF(env, "propagate"));
}

JNIEXPORT jstring JNICALL Java_JniSample_badIndex(JNIEnv *env, jclass c, jintArray a) {
    jint buf[8];
    char out[300];
    (*env)->GetIntArrayRegion(env, a, 1, 5, buf);
    jthrowable e = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    jmethodID toString = (*env)->GetMethodID(env, (*env)->FindClass(env, "java/lang/Object"), "toString",
                                             "()Ljava/lang/String;");
    jstring s = (jstring)(*env)->CallObjectMethod(env, e, toString);
    const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
    snprintf(out, sizeof out, "%s", utf);
    (*env)->ReleaseStringUTFChars(env, s, utf);
    jclass object = (*env)->FindClass(env, "java/lang/Object");
    jobjectArray objs = (*env)->NewObjectArray(env, 1, object, NULL);
    (*env)->GetObjectArrayElement(env, objs, 3);
    jthrowable e2 = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    s = (jstring)(*env)->CallObjectMethod(env, e2, toString);
    utf = (*env)->GetStringUTFChars(env, s, NULL);
    strncat(out, " | ", sizeof out - strlen(out) - 1);
    strncat(out, utf, sizeof out - strlen(out) - 1);
    (*env)->ReleaseStringUTFChars(env, s, utf);
    return (*env)->NewStringUTF(env, out);
}

JNIEXPORT void JNICALL Java_JniSample_keep(JNIEnv *env, jclass c, jobject o) {
    g_kept = (*env)->NewGlobalRef(env, o);
    (*env)->DeleteLocalRef(env, o);
}
JNIEXPORT jobject JNICALL Java_JniSample_kept(JNIEnv *env, jclass c) {
    return g_kept ? (*env)->NewLocalRef(env, g_kept) : NULL;
}
JNIEXPORT void JNICALL Java_JniSample_release(JNIEnv *env, jclass c) {
    jobjectRefType type = (*env)->GetObjectRefType(env, g_kept);
    (*env)->DeleteGlobalRef(env, g_kept);
    g_kept = type == JNIGlobalRefType ? NULL : g_kept;
}

/* Local references stay valid across a callback that collects (and moves objects). */
JNIEXPORT jstring JNICALL Java_JniSample_survive(JNIEnv *env, jclass c, jstring s, jintArray a) {
    jobject made = (*env)->NewStringUTF(env, "made before gc");
    jmethodID churn = (*env)->GetStaticMethodID(env, c, "churn", "()I");
    jint total = (*env)->CallStaticIntMethod(env, c, churn);
    jint elems[2];
    (*env)->GetIntArrayRegion(env, a, 0, 2, elems);
    const char *u1 = (*env)->GetStringUTFChars(env, s, NULL);
    const char *u2 = (*env)->GetStringUTFChars(env, made, NULL);
    char buf[200];
    snprintf(buf, sizeof buf, "%s %s %d %d %d", u1, u2, elems[0], elems[1], total);
    (*env)->ReleaseStringUTFChars(env, s, u1);
    (*env)->ReleaseStringUTFChars(env, made, u2);
    return (*env)->NewStringUTF(env, buf);
}

/* Many references in nested local frames; PopLocalFrame hands one back. */
JNIEXPORT jint JNICALL Java_JniSample_localFrames(JNIEnv *env, jclass c, jint n) {
    jint total = 0;
    for (jint i = 0; i < n; i++) {
        if ((*env)->PushLocalFrame(env, 16) != 0) return -1;
        char buf[32];
        snprintf(buf, sizeof buf, "s%d", i);
        jstring s = (*env)->NewStringUTF(env, buf);
        jstring kept = (jstring)(*env)->PopLocalFrame(env, s);
        total += (*env)->GetStringLength(env, kept);
        (*env)->DeleteLocalRef(env, kept);
    }
    return total;
}

static void appendPending(JNIEnv *env, char *out, size_t size) {
    jthrowable e = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    jmethodID toString = (*env)->GetMethodID(env, (*env)->FindClass(env, "java/lang/Object"), "toString",
                                             "()Ljava/lang/String;");
    jstring s = (jstring)(*env)->CallObjectMethod(env, e, toString);
    const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
    strncat(out, utf, size - strlen(out) - 1);
    strncat(out, " | ", size - strlen(out) - 1);
    (*env)->ReleaseStringUTFChars(env, s, utf);
}

/* What HotSpot says when a member is not there. */
JNIEXPORT jstring JNICALL Java_JniSample_lookupErrors(JNIEnv *env, jclass c) {
    char out[600] = "";
    (*env)->GetMethodID(env, c, "noSuchMethodAnywhere", "(I)V");
    appendPending(env, out, sizeof out);
    (*env)->GetStaticMethodID(env, c, "churn", "(I)I");
    appendPending(env, out, sizeof out);
    (*env)->GetMethodID(env, c, "hello", "(I)Ljava/lang/String;");
    appendPending(env, out, sizeof out);
    (*env)->GetFieldID(env, c, "counter", "I");
    appendPending(env, out, sizeof out);
    (*env)->GetStaticFieldID(env, c, "instanceValue", "I");
    appendPending(env, out, sizeof out);
    JNINativeMethod bad[] = {{"hello", "(I)Ljava/lang/String;", (void *)registeredImpl}};
    (*env)->RegisterNatives(env, c, bad, 1);
    appendPending(env, out, sizeof out);
    JNINativeMethod absent[] = {{"registered", "(J)I", (void *)registeredImpl}};
    (*env)->RegisterNatives(env, c, absent, 1);
    appendPending(env, out, sizeof out);
    return (*env)->NewStringUTF(env, out);
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) return JNI_ERR;
    jclass c = (*env)->FindClass(env, "JniSample");
    JNINativeMethod methods[] = {{"registered", "(I)I", (void *)registeredImpl}};
    if ((*env)->RegisterNatives(env, c, methods, 1) != 0) return JNI_ERR;
    return JNI_VERSION_1_8;
}
