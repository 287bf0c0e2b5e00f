// Address space for a heap: reserved (not committed) with mmap, so pages cost
// nothing until touched and arrive zeroed. Failing to reserve is fatal, with
// HotSpot's message.
#pragma once
#include <cstddef>
#include <cstdint>

namespace cortado::gc {

uint8_t* reserveHeap(size_t bytes);
void releaseHeap(uint8_t* base, size_t bytes);

}  // namespace cortado::gc
