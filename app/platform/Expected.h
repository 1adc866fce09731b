#pragma once

#include <utility>
#include <variant>

namespace dd::platform {

// A value or the error that prevented it (Nextcloud's Result<T, E> in spirit): the libraries
// answer with one, so that a failure is never silent and never thrown. Expected<void, E> is
// success or the error. app/store names it Result<T> (with StoreError), the server
// ApiResult<T> (with ApiError).
template<typename T, typename E>
class Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {}
    Expected(E error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

template<typename E>
class Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error;
    bool m_ok = true;
};

} // namespace dd::platform
