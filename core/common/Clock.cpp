#include "Clock.h"

#include <atomic>

namespace Kohtaamo {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_clock { &s_systemClock };
} // namespace

const Clock &Clock::instance()
{
    return *s_clock.load();
}

void Clock::install(const Clock *clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}

} // namespace Kohtaamo
