#include "gc/Reservation.h"

#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>

namespace cortado::gc {

uint8_t* reserveHeap(size_t bytes) {
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        std::fprintf(stderr, "Error occurred during initialization of VM\nCould not reserve enough space for object heap\n");
        std::exit(1);
    }
    return static_cast<uint8_t*>(p);
}

void releaseHeap(uint8_t* base, size_t bytes) { ::munmap(base, bytes); }

}  // namespace cortado::gc
