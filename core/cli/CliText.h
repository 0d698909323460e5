#pragma once

#include <QCoreApplication>

namespace qf::cli {

// The translation context of every user-visible CLI message ("qf::cli::CliText"); source strings are English.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(qf::cli::CliText)
};

} // namespace qf::cli
