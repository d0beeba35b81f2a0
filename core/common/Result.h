#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cd {

// An error reported as a value: core never shows dialogs. `code` is stable and machine-readable
// (used by tests and --json), `message` is translated text a front-desk person can act on.
struct Error
{
    QString code;
    QString message;
};

// A value or an error. Kept deliberately small: std::expected is C++23 and Debian 12 has GCC 12.
template <typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Success without a value.
struct Ok
{
};
template <typename E = Error>
using Status = Result<Ok, E>;

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace cd
