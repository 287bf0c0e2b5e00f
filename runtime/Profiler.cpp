#include "runtime/Profiler.h"

#include <signal.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "runtime/Frame.h"
#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/ProfileReport.h"
#include "runtime/Vm.h"
#include "runtime/VmLog.h"

namespace cortado::runtime {

bool g_profiling = false;

namespace {

// One sample: a word with its depth n (low 32 bits) and weight (high 32 bits),
// then n words, innermost frame first, each a Method* with bit 0 set when the
// frame ran compiled code. The weight is 1 plus the timer's overrun: Linux
// checks CPU-time timers at its scheduler tick (CONFIG_HZ, often 250 Hz), so a
// 1 ms timer fires every ~4 ms with the missed expirations counted as overrun.
constexpr size_t kMaxDepth = 256;
constexpr size_t kBufferWords = size_t(16) << 20;  // 128 MiB reserved; pages are touched as used

struct SamplerState {
    uintptr_t* buffer = nullptr;
    std::atomic<size_t> used{0};
    std::atomic<uint64_t> dropped{0};
    JavaThread* volatile thread = nullptr;
    timer_t timer{};
    bool timerArmed = false;
    clockid_t cpuClock{};
};
SamplerState g_sampler;

// Async-signal-safe: reads the frame chain and writes the buffer, nothing else.
// A frame is published (JavaThread::topFrame) only after its header is written,
// and frames lie at increasing addresses, so a caller above its callee means the
// chain is not one to trust.
void onSigprof(int) {
    int savedErrno = errno;
    JavaThread* t = g_sampler.thread;
    size_t base = g_sampler.used.load(std::memory_order_relaxed);
    if (!t || base + kMaxDepth + 1 > kBufferWords) {
        g_sampler.dropped.fetch_add(1, std::memory_order_relaxed);
        errno = savedErrno;
        return;
    }
    size_t n = 0;
    Frame* f = *static_cast<Frame* volatile*>(&t->topFrame);
    while (f && n < kMaxDepth) {
        uintptr_t word = reinterpret_cast<uintptr_t>(f->method) | ((f->flags & Frame::kCompiledFrame) ? 1 : 0);
        if (!f->method) break;
        g_sampler.buffer[base + 1 + n++] = word;
        Frame* caller = f->caller;
        if (caller >= f) break;
        f = caller;
    }
    int overrun = timer_getoverrun(g_sampler.timer);
    uint64_t weight = 1 + uint64_t(overrun > 0 ? overrun : 0);
    g_sampler.buffer[base] = n | (weight << 32);
    std::atomic_signal_fence(std::memory_order_release);
    g_sampler.used.store(base + 1 + n, std::memory_order_relaxed);
    errno = savedErrno;
}

bool startTimer(unsigned intervalMicros) {
    g_sampler.buffer = static_cast<uintptr_t*>(
        mmap(nullptr, kBufferWords * sizeof(uintptr_t), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
    if (g_sampler.buffer == MAP_FAILED) {
        g_sampler.buffer = nullptr;
        return false;
    }
    struct sigaction sa {};
    sa.sa_handler = &onSigprof;
    sa.sa_flags = SA_RESTART;  // the program's system calls do not see EINTR
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGPROF, &sa, nullptr) != 0) return false;
    // This thread's CPU time, signalled to this thread only (not to GC or
    // compiler work elsewhere, and not while it sleeps).
    if (pthread_getcpuclockid(pthread_self(), &g_sampler.cpuClock) != 0) return false;
    struct sigevent sev {};
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGPROF;
#ifdef sigev_notify_thread_id
    sev.sigev_notify_thread_id = gettid();
#else
    sev._sigev_un._tid = gettid();
#endif
    if (timer_create(g_sampler.cpuClock, &sev, &g_sampler.timer) != 0) return false;
    struct itimerspec spec {};
    spec.it_interval.tv_sec = intervalMicros / 1000000;
    spec.it_interval.tv_nsec = long(intervalMicros % 1000000) * 1000;
    spec.it_value = spec.it_interval;
    if (timer_settime(g_sampler.timer, 0, &spec, nullptr) != 0) {
        timer_delete(g_sampler.timer);
        return false;
    }
    g_sampler.timerArmed = true;
    return true;
}

double threadCpuSeconds() {
    if (!g_sampler.timerArmed && !g_sampler.buffer) return 0;
    timespec ts{};
    clock_gettime(g_sampler.cpuClock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

void stopAndReport(Vm& vm, const ProfilerOptions& options, double startUptime, double startCpu) {
    if (g_sampler.timerArmed) timer_delete(g_sampler.timer);
    g_sampler.timerArmed = false;
    g_sampler.thread = nullptr;
    std::atomic_signal_fence(std::memory_order_acquire);

    ProfileInput in;
    in.samples = std::span<const uintptr_t>(g_sampler.buffer ? g_sampler.buffer : nullptr,
                                            g_sampler.used.load(std::memory_order_relaxed));
    in.droppedSamples = g_sampler.dropped.load();
    in.intervalMillis = options.intervalMicros / 1000.0;
    in.wallSeconds = vmUptimeSeconds() - startUptime;
    in.cpuSeconds = threadCpuSeconds() - startCpu;  // both figures from the profiler's start
    vm.loader.forEachClass([&](Klass* k) {
        for (Method& m : k->methods) in.methods.push_back(&m);
    });
    Profile profile = buildProfile(in);
    writeProfileReports(profile, options);
}

}  // namespace

bool parseProfilerOption(const std::string& text, ProfilerOptions& o) {
    size_t eq = text.find('=');
    if (eq == std::string::npos || eq + 1 == text.size()) return false;
    std::string name = text.substr(0, eq), value = text.substr(eq + 1);
    if (name == "file") o.reportFile = value;
    else if (name == "collapsed") o.collapsedFile = value;
    else if (name == "json") o.jsonFile = value;
    else if (name == "svg") o.flameGraphFile = value;
    else if (name == "chart") o.tierChartFile = value;
    else if (name == "interval") {
        if (value.size() > 7 || value.find_first_not_of("0123456789") != std::string::npos) return false;
        o.intervalMicros = unsigned(std::stoul(value));
        if (o.intervalMicros < 100) return false;  // below that the handler is most of the run
    } else {
        return false;
    }
    o.enabled = true;
    return true;
}

void enableProfiling() { g_profiling = true; }

void startProfiler(Vm& vm, JavaThread& thread, const ProfilerOptions& options) {
    g_sampler.thread = &thread;
    double startUptime = vmUptimeSeconds();
    if (!startTimer(options.intervalMicros))
        std::cerr << "-Xprof: cannot start the sampling timer (" << std::strerror(errno)
                  << "); times will be missing\n";
    double startCpu = g_sampler.timerArmed ? threadCpuSeconds() : 0;
    vm.addExitHook([&vm, options, startUptime, startCpu] { stopAndReport(vm, options, startUptime, startCpu); });
}

}  // namespace cortado::runtime
