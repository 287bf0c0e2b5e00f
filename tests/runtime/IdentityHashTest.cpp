// The identity hash sequence against numbers OpenJDK 17.0.15 printed: the
// first hashes a program's main() sees (new Object().hashCode(), default
// collector) and os::random's first value.
#include <gtest/gtest.h>

#include "runtime/IdentityHash.h"

using cortado::runtime::IdentityHashState;

TEST(IdentityHash, MainThreadContinuesWhereHotSpotStartupLeftOff) {
    IdentityHashState s = IdentityHashState::mainThreadAtMain();
    EXPECT_EQ(s.next(), 0x7ad041f3u);
    EXPECT_EQ(s.next(), 0x251a69d7u);
    EXPECT_EQ(s.next(), 0x7344699fu);
    EXPECT_EQ(s.next(), 0x6b95977u);
    EXPECT_EQ(s.next(), 0x7e9e5f8au);
}

TEST(IdentityHash, StartupDrawsAreTheSameGenerator) {
    IdentityHashState fromStart = IdentityHashState::forThread(0);
    for (int i = 0; i < IdentityHashState::kStartupHashes; ++i) fromStart.next();
    IdentityHashState atMain = IdentityHashState::mainThreadAtMain();
    for (int i = 0; i < 1000; ++i) ASSERT_EQ(fromStart.next(), atMain.next());
}

TEST(IdentityHash, HashesAreNonZero31BitValuesAndThreadsDiffer) {
    IdentityHashState a = IdentityHashState::forThread(0), b = IdentityHashState::forThread(1);
    int same = 0;
    for (int i = 0; i < 100000; ++i) {
        uint32_t x = a.next(), y = b.next();
        ASSERT_NE(x, 0u);
        ASSERT_LT(x, 0x80000000u);
        same += x == y;
    }
    EXPECT_LT(same, 3);
}
