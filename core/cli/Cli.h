#pragma once

#include "cli/PasswordInput.h"

#include <QStringList>
#include <QTextStream>

namespace qf::cli {

// Runs one qingfeng-cli command line (arguments without the program name) and returns its exit code
// (shared/docs/CLI.md). Results go to out, messages to err; typed passwords come from passwords.
// Needs a QCoreApplication (or a subclass) to exist.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, PasswordSource& passwords);

// The short usage of a verb ("init", "user add", ...), or the general usage for an empty or unknown verb.
QString usageText(const QString& verb = {});

} // namespace qf::cli
