#pragma once

#include "platform/Expected.h"
#include "store/StoreError.h"

namespace dd::store {

// A value or the StoreError that prevented it: every call of the store answers with one.
template<typename T>
using Result = platform::Expected<T, StoreError>;

} // namespace dd::store
