#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace qf::cli {

// The parsed command line: positionals (verb, sub-verb) plus "--name value" options and "--flag" switches.
// Which options a verb accepts is checked by the verb's spec (see Cli.cpp); parsing only knows the vocabulary.
struct CliOptions
{
    QStringList positionals;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QHash<QString, QStringList> lists; // every value of each option, for those that may be repeated (--recipient)
    QStringList given;                 // option and flag names in the order given, for per-verb checks

    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
    bool flag(const QString& name) const { return flags.contains(name); }
};

// Options that take a value, and switches. Anything else starting with "-" is a usage error.
const QStringList& valueOptionNames();
const QStringList& flagNames();
// Value options that may be given more than once.
const QStringList& repeatableOptionNames();

// Parses the arguments (without the program name). Never echoes a stray argument back, because a user who typed
// a password on the command line should not see it repeated in a log.
Result<CliOptions> parseArguments(const QStringList& arguments);

} // namespace qf::cli
