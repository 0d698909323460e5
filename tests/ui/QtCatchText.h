#pragma once

// Lets Catch print QString values in failed checks of the widget tests.
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
