#pragma once

#include "ApiError.h"
#include "platform/Expected.h"

namespace dd::server {

// A value or the ApiError that prevented it; ApiResult<void> is success or the error.
template<typename T>
using ApiResult = platform::Expected<T, ApiError>;

} // namespace dd::server
