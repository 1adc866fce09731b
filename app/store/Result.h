#pragma once

#include "store/StoreError.h"

#include <utility>
#include <variant>

namespace dd::store {

// A value or the StoreError that prevented it (Nextcloud's Result<T, E> in spirit): every
// call of the store answers with one, so a failure is never silent and never thrown.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(StoreError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const StoreError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

// Success with nothing to return, or the error.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(StoreError error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
    bool m_ok = true;
};

} // namespace dd::store
