// cortado-measure: runs one command and reports what the benchmark scripts
// (tools/bench/run.sh, tools/bench/gc.sh) need and bash's `time` cannot give:
// the peak resident set size. One line goes to the report file:
//
//     wall_ms user_ms sys_ms max_rss_kb exit_code
//
//   cortado-measure [--timeout SECS] --report FILE -- COMMAND [ARGS...]
//
// The command's stdin/stdout/stderr are this process's. Its resource usage
// comes from wait4(2), so it covers the command and every descendant it waited
// for (a launcher script's VM too); ru_maxrss is the largest of them, in KiB on
// Linux. The exit code is the command's, 128+N if it died of signal N, 124 if
// it ran out of time (killed with its whole process group, as timeout(1)
// reports it), 127 if it could not be started. Wall time is CLOCK_MONOTONIC.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

[[noreturn]] void usage(const char* why) {
    std::fprintf(stderr, "cortado-measure: %s\nUsage: cortado-measure [--timeout SECS] --report FILE -- COMMAND [ARGS...]\n", why);
    std::exit(2);
}

double nowMs() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double toMs(const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }

}  // namespace

int main(int argc, char** argv) {
    long timeoutSecs = 0;
    const char* report = nullptr;
    int i = 1;
    for (; i < argc; i++) {
        std::string a = argv[i];
        if (a == "--") { i++; break; }
        if (a == "--timeout" && i + 1 < argc) {
            char* end = nullptr;
            timeoutSecs = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || timeoutSecs <= 0) usage("--timeout needs a positive number of seconds");
        } else if (a == "--report" && i + 1 < argc) {
            report = argv[++i];
        } else {
            usage(("unknown argument '" + a + "'").c_str());
        }
    }
    if (report == nullptr) usage("--report FILE is required");
    if (i >= argc) usage("no command given");

    // SIGCHLD stays blocked so sigtimedwait can wait for it with a deadline.
    sigset_t childSignal;
    sigemptyset(&childSignal);
    sigaddset(&childSignal, SIGCHLD);
    sigprocmask(SIG_BLOCK, &childSignal, nullptr);

    double start = nowMs();
    pid_t pid = fork();
    if (pid < 0) { std::perror("cortado-measure: fork"); return 2; }
    if (pid == 0) {
        setpgid(0, 0);  // its own process group, so a timeout kills all of it
        sigprocmask(SIG_UNBLOCK, &childSignal, nullptr);
        execvp(argv[i], argv + i);
        std::fprintf(stderr, "cortado-measure: cannot run %s: %s\n", argv[i], std::strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);  // also here, so the group exists before any kill below

    int status = 0;
    rusage usage{};
    bool timedOut = false;
    for (;;) {
        pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) { std::perror("cortado-measure: wait4"); return 2; }
        double remainingMs = timeoutSecs > 0 ? timeoutSecs * 1e3 - (nowMs() - start) : 1e9;
        if (remainingMs <= 0) {
            timedOut = true;
            kill(-pid, SIGKILL);
            while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {}
            break;
        }
        timespec wait{};
        wait.tv_sec = static_cast<time_t>(remainingMs / 1e3);
        wait.tv_nsec = static_cast<long>((remainingMs - wait.tv_sec * 1e3) * 1e6);
        sigtimedwait(&childSignal, nullptr, &wait);  // returns on SIGCHLD or the deadline
    }
    double wallMs = nowMs() - start;

    int code = timedOut ? 124
             : WIFEXITED(status) ? WEXITSTATUS(status)
             : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
    std::FILE* out = std::fopen(report, "w");
    if (out == nullptr) { std::perror("cortado-measure: report file"); return 2; }
    std::fprintf(out, "%.1f %.1f %.1f %ld %d\n", wallMs, toMs(usage.ru_utime), toMs(usage.ru_stime),
                 usage.ru_maxrss, code);
    std::fclose(out);
    return code;
}
