#include "cli/CliOptions.h"

#include "cli/CliText.h"

namespace qf::cli {

namespace {

bool looksLikePasswordOption(const QString& name)
{
    static const QStringList forbidden = {
        QStringLiteral("password"),     QStringLiteral("pass"),         QStringLiteral("passwd"), QStringLiteral("pw"),
        QStringLiteral("new-password"), QStringLiteral("recovery-key"), QStringLiteral("p")};
    return forbidden.contains(name);
}

} // namespace

const QStringList& valueOptionNames()
{
    static const QStringList names = {
        QStringLiteral("vault"),
        QStringLiteral("user"),
        QStringLiteral("password-file"),
        QStringLiteral("lang"),
        QStringLiteral("organ"),
        QStringLiteral("admin"),
        QStringLiteral("admin-name"),
        QStringLiteral("recovery-key-out"),
        QStringLiteral("login"),
        QStringLiteral("name"),
        QStringLiteral("role"),
        QStringLiteral("new-password-file"),
        QStringLiteral("recovery-key-file"),
        QStringLiteral("scale"),
        QStringLiteral("seed"),
        QStringLiteral("case"),
        QStringLiteral("lead"),
        QStringLiteral("passphrase-file"),
        QStringLiteral("recipient"),
        QStringLiteral("o"),
        QStringLiteral("out"),
        QStringLiteral("override-untrusted"),
        QStringLiteral("label"),
        QStringLiteral("fingerprint"),
        QStringLiteral("reason"),
        QStringLiteral("from"),
        QStringLiteral("template"),
        QStringLiteral("record"),
        QStringLiteral("copies"),
        QStringLiteral("item"),
    };
    return names;
}

const QStringList& flagNames()
{
    static const QStringList names = {QStringLiteral("json"),
                                      QStringLiteral("help"),
                                      QStringLiteral("version"),
                                      QStringLiteral("all"),
                                      QStringLiteral("include-identities"),
                                      QStringLiteral("approve")};
    return names;
}

const QStringList& repeatableOptionNames()
{
    static const QStringList names = {QStringLiteral("recipient"), QStringLiteral("case"), QStringLiteral("lead")};
    return names;
}

Result<CliOptions> parseArguments(const QStringList& arguments)
{
    CliOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h")) {
            options.flags.insert(QStringLiteral("help"));
            options.given << QStringLiteral("help");
            continue;
        }
        if (!argument.startsWith(u'-') || argument == QLatin1String("-")) {
            options.positionals << argument;
            continue;
        }
        QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (looksLikePasswordOption(name))
            return makeError(ErrorCode::Usage,
                             CliText::tr("Passwords are never accepted as arguments, because other users can see "
                                         "them in the process list and the shell history. Use --password-file FILE "
                                         "(the first line is the password) or type the password when asked."));
        if (flagNames().contains(name)) {
            if (hasInlineValue)
                return makeError(ErrorCode::Usage, CliText::tr("The option --%1 takes no value.").arg(name));
            options.flags.insert(name);
            options.given << name;
            continue;
        }
        if (!valueOptionNames().contains(name))
            return makeError(ErrorCode::Usage, CliText::tr("Unknown option --%1.").arg(name));
        if (options.values.contains(name) && !repeatableOptionNames().contains(name))
            return makeError(ErrorCode::Usage, CliText::tr("The option --%1 is given twice.").arg(name));
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return makeError(ErrorCode::Usage, CliText::tr("The option --%1 needs a value.").arg(name));
            inlineValue = arguments.at(++i);
        }
        if (!options.values.contains(name))
            options.values.insert(name, inlineValue);
        options.lists[name] << inlineValue;
        options.given << name;
    }
    return options;
}

} // namespace qf::cli
