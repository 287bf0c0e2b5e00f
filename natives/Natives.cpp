#include "natives/Natives.h"

#include "natives/NativeSupport.h"

namespace cortado::natives {

void registerAll(runtime::NativeRegistry& r) {
    registerObjectNatives(r);
    registerSystemNatives(r);
    registerThrowableNatives(r);
    registerMathNatives(r);
    registerIoNatives(r);
    registerFileSystemNatives(r);
    registerStringConcatBootstraps(r);
    registerLambdaBootstraps(r);
    registerRecordBootstraps(r);
}

bool setStaticRef(JavaThread& thread, const char* className, const char* field, const char* descriptor, Object* value) {
    runtime::Klass* k = thread.vm.loader.findLoaded(className);
    runtime::Field* f = k ? k->findDeclaredField(field, descriptor) : nullptr;
    if (!f || !f->isStatic()) {
        thread.throwNew("java/lang/InternalError", std::string("no static field ") + className + "." + field);
        return false;
    }
    *reinterpret_cast<Object**>(k->staticData.get() + f->offset) = value;
    return true;
}

}  // namespace cortado::natives
