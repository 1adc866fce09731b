#include "platform/Clock.h"

namespace dd::platform {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace dd::platform
