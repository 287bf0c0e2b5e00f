// Linking's verification step (JVMS 5.4.1): runs the verifier (verifier/) on a
// class before it is initialized, superclass first, answering the verifier's
// class-hierarchy questions by loading classes as HotSpot does.
#pragma once

namespace cortado::runtime {

class JavaThread;
class Klass;

// Verifies `k` (and its superclasses) unless it is trusted: classes of the
// boot class path, or every class with -Xverify:none /
// -XX:-BytecodeVerificationRemote. On failure a VerifyError (or
// ClassFormatError, or the error of loading a class the verifier needed) is
// pending and the class stays unlinked, so a later use verifies it again and
// fails the same way, as in HotSpot. Returns false then.
bool linkClass(JavaThread& thread, Klass* k);

}  // namespace cortado::runtime
