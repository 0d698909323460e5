#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace qf {

// What went wrong, in terms a caller can act on. The CLI maps these to exit codes (shared/docs/CLI.md).
enum class ErrorCode
{
    Failed,             // anything not listed below
    Usage,              // wrong arguments or input the user must correct
    WrongPassword,      // the key slot does not open, or the user is unknown
    Throttled,          // too many failed logins; try again later
    Damaged,            // the slot opened but the database (or a file) is corrupt
    SlotFileTampered,   // the key-slot sidecar failed its MAC or cannot be parsed
    NotEncrypted,       // the database file is plaintext SQLite
    FileMissing,        // the vault or a required file does not exist
    ReadOnly,           // the vault cannot be written
    AlreadyOpen,        // another process holds the vault
    AlreadyExists,      // refusing to overwrite
    PermissionDenied,   // the session lacks a permission for this target
    NotFound,           // a record does not exist
    Invalid,            // a value breaks a rule (bad ID number, dates out of order, ...)
    VerificationFailed, // audit chain broken, hash or signature mismatch
    UntrustedSigner,
    Locked,    // the vault is locked
    Cancelled, // the user stopped a long operation
    Database,  // SQL error from the driver
};

struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// A value or an Error. Core never throws across the Qt event loop; callers check ok().
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::Failed : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result success() { return Result(); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Failed : m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace qf

// Propagates an error from an expression returning Result<...>/Status.
#define QF_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto&& qfTryResult_ = (expr);                                                                                  \
        if (!qfTryResult_.ok())                                                                                        \
            return qfTryResult_.error();                                                                               \
    } while (false)
