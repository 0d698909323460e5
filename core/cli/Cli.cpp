#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>

namespace qf::cli {

namespace {

struct Verb
{
    const char* name;
    QStringList options; // accepted besides --lang, --json, --help and --version
    Status (*run)(CliContext&);
    const char* usage;
};

const QStringList kLoginOptions = {QStringLiteral("vault"), QStringLiteral("user"), QStringLiteral("password-file")};

const QList<Verb>& verbs()
{
    static const QList<Verb> table = {
        {"init",
         {QStringLiteral("vault"), QStringLiteral("organ"), QStringLiteral("admin"), QStringLiteral("admin-name"),
          QStringLiteral("password-file"), QStringLiteral("recovery-key-out")},
         runInit,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli init --vault FILE --organ NAME --admin LOGIN [--admin-name NAME]\n"
                           "                         [--password-file FILE] [--recovery-key-out FILE] [--json]\n"
                           "Creates a new encrypted vault and its first administrator. The recovery key is shown\n"
                           "once (or written to --recovery-key-out, readable only by you): store it safely.")},
        {"user add",
         kLoginOptions + QStringList{QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
                                     QStringLiteral("new-password-file")},
         runUserAdd,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli user add --vault FILE --user ADMIN [--password-file FILE]\n"
                           "           --login LOGIN [--name NAME] --role ROLE[,ROLE...] [--new-password-file FILE]\n"
                           "Roles: investigator, lead_investigator, approver, reviewer, clerk, auditor, admin.")},
        {"user list", kLoginOptions, runUserList,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli user list --vault FILE --user ADMIN [--password-file FILE] [--json]")},
        {"user passwd",
         kLoginOptions + QStringList{QStringLiteral("login"), QStringLiteral("new-password-file"),
                                     QStringLiteral("recovery-key-file")},
         runUserPasswd,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli user passwd --vault FILE --user ADMIN [--password-file FILE]\n"
                           "           --login LOGIN [--new-password-file FILE]\n"
                           "       qingfeng-cli user passwd --vault FILE --recovery-key-file FILE --login LOGIN\n"
                           "           [--new-password-file FILE]\n"
                           "The first form sets a user's password as an administrator (or changes your own);\n"
                           "the second resets a forgotten password with the vault's recovery key.")},
        {"user disable", kLoginOptions + QStringList{QStringLiteral("login")}, runUserDisable,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli user disable --vault FILE --user ADMIN [--password-file FILE] "
                           "--login LOGIN\n"
                           "Deletes the user's key slot: they can no longer open the vault. Records are kept.")},
        {"info", kLoginOptions, runInfo,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli info --vault FILE --user LOGIN [--password-file FILE] [--json]\n"
                           "Shows the organ, vault UID, cipher and schema versions, the user count and, for those\n"
                           "who may see the audit trail, its head (count, last time, hash).")},
        {"audit verify", kLoginOptions, runAuditVerify,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli audit verify --vault FILE --user AUDITOR [--password-file FILE] "
                           "[--json]\n"
                           "Checks every link of the audit chain. Exit code 0: intact; 6: broken (the first broken\n"
                           "entry is named).")},
        {"demo",
         {QStringLiteral("vault"), QStringLiteral("scale"), QStringLiteral("seed")},
         runDemo,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli demo --vault FILE [--scale N] [--seed S] [--json]\n"
                           "Creates a demo vault if absent, with one demo user per role and fixed demo passwords,\n"
                           "and writes each password to <login>.password beside the vault. Running it again\n"
                           "changes nothing and prints the users again.")},
        {"archive export",
         kLoginOptions + QStringList{QStringLiteral("case"), QStringLiteral("lead"), QStringLiteral("all"),
                                     QStringLiteral("passphrase-file"), QStringLiteral("recipient"),
                                     QStringLiteral("o"), QStringLiteral("out"), QStringLiteral("include-identities")},
         runArchiveExport,
         QT_TRANSLATE_NOOP(
             "qf::cli::CliText",
             "Usage: qingfeng-cli archive export --vault FILE --user AUDITOR [--password-file FILE]\n"
             "           (--case UID... | --lead UID... | --all)\n"
             "           (--passphrase-file FILE | --recipient KEYFILE...) -o OUT [--include-identities]\n"
             "Writes a signed, encrypted archive. Without --passphrase-file or --recipient the passphrase\n"
             "is asked for twice. Protected identities are included only with --include-identities and\n"
             "an approved grant.")},
        {"archive verify", kLoginOptions + QStringList{QStringLiteral("passphrase-file")}, runArchiveVerify,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli archive verify ARCHIVE [--passphrase-file FILE]\n"
                           "           [--vault FILE --user LOGIN [--password-file FILE]] [--json]\n"
                           "Checks an archive without importing it. With a vault, the vault's workstation key opens\n"
                           "archives addressed to it and the signer is judged against its trust list.\n"
                           "Exit codes: 0 intact, 3 wrong passphrase or key, 4 damaged, 6 signature or hash\n"
                           "mismatch, 7 untrusted signer.")},
        {"archive inspect", kLoginOptions + QStringList{QStringLiteral("passphrase-file")}, runArchiveInspect,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli archive inspect ARCHIVE [--passphrase-file FILE]\n"
                           "           [--vault FILE --user LOGIN [--password-file FILE]] [--json]\n"
                           "Lists the entries of an archive (after checking it).")},
        {"archive import",
         kLoginOptions + QStringList{QStringLiteral("passphrase-file"), QStringLiteral("override-untrusted")},
         runArchiveImport,
         QT_TRANSLATE_NOOP(
             "qf::cli::CliText",
             "Usage: qingfeng-cli archive import ARCHIVE --vault FILE --user LOGIN [--password-file FILE]\n"
             "           [--passphrase-file FILE] [--override-untrusted REASON] [--json]\n"
             "Verifies, then imports in one transaction. Local records that differ are kept and listed\n"
             "as conflicts. Only an administrator may accept an untrusted signer, with a reason.")},
        {"trust add", kLoginOptions + QStringList{QStringLiteral("label")}, runTrustAdd,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli trust add KEYFILE --label TEXT --vault FILE --user ADMIN "
                           "[--password-file FILE]\n"
                           "Trusts another workstation's public key. Compare its fingerprint with the sender first.")},
        {"trust list", kLoginOptions, runTrustList,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli trust list --vault FILE --user LOGIN [--password-file FILE] [--json]")},
        {"trust revoke", kLoginOptions + QStringList{QStringLiteral("fingerprint"), QStringLiteral("reason")},
         runTrustRevoke,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli trust revoke --fingerprint FP --reason TEXT --vault FILE --user ADMIN\n"
                           "           [--password-file FILE]")},
        {"workstation key", kLoginOptions + QStringList{QStringLiteral("o"), QStringLiteral("out")}, runWorkstationKey,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli workstation key --vault FILE --user LOGIN [--password-file FILE]\n"
                           "           [-o KEYFILE] [--json]\n"
                           "Prints this vault's workstation public key and fingerprint (or writes the key file).")},
        {"backup", kLoginOptions + QStringList{QStringLiteral("out")}, runBackup,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli backup --out DIR --vault FILE --user ADMIN [--password-file FILE]\n"
                           "Writes a backup set (encrypted database, key file, checksums) into DIR and keeps the\n"
                           "newest sets as the vault's backup_keep setting says (default 10).")},
        {"restore", kLoginOptions + QStringList{QStringLiteral("from")}, runRestore,
         QT_TRANSLATE_NOOP(
             "qf::cli::CliText",
             "Usage: qingfeng-cli restore --from SETDIR --vault FILE --user ADMIN [--password-file FILE]\n"
             "Checks the backup set completely, moves the current vault aside and puts the backup in\n"
             "its place. The vault must be closed everywhere.")},
        {"doc render",
         kLoginOptions + QStringList{QStringLiteral("template"), QStringLiteral("record"), QStringLiteral("o"),
                                     QStringLiteral("out"), QStringLiteral("approve"), QStringLiteral("copies"),
                                     QStringLiteral("item")},
         runDocRender,
         QT_TRANSLATE_NOOP("qf::cli::CliText",
                           "Usage: qingfeng-cli doc render --vault FILE --user LOGIN [--password-file FILE]\n"
                           "           --template ID --record NUMBER|UID [--item UID] -o OUT.pdf\n"
                           "           [--approve [--copies N]] [--json]\n"
                           "Drafts the document for the case or lead and renders it as A4 PDF. Templates about one\n"
                           "record of the case (talk and inquiry records, recusal and appeal decisions) name it with\n"
                           "--item. Without --approve the draft is rendered unnumbered; with --approve (approvers) it\n"
                           "is approved, takes its number and N copies (default 1) are printed and logged with their\n"
                           "copy numbers.")},
    };
    return table;
}

const char* const kGeneralUsage = QT_TRANSLATE_NOOP(
    "qf::cli::CliText", "Usage: qingfeng-cli VERB [options]\n"
                        "\n"
                        "Verbs:\n"
                        "  init           create a new vault and its first administrator\n"
                        "  user add       add a user with roles and a password\n"
                        "  user list      list the users\n"
                        "  user passwd    set a password (administrator, own, or with the recovery key)\n"
                        "  user disable   disable a user\n"
                        "  info           show facts about a vault\n"
                        "  audit verify   verify the audit chain\n"
                        "  demo           create a demo vault with one user per role\n"
                        "  archive export|verify|inspect|import   signed, encrypted archives\n"
                        "  trust add|list|revoke                 other workstations' keys\n"
                        "  workstation key                       this vault's public key\n"
                        "  backup, restore                       backup sets of the whole vault\n"
                        "  doc render                            a standard document as PDF\n"
                        "\n"
                        "Global options:\n"
                        "  --vault FILE          the vault; its key file FILE.keys sits beside it\n"
                        "  --user LOGIN          who is acting\n"
                        "  --password-file FILE  read the password from the first line of FILE; without it the\n"
                        "                        password is asked for on the terminal. Passwords are never\n"
                        "                        accepted as arguments.\n"
                        "  --lang zh_CN|en       language of messages (default: the system locale)\n"
                        "  --json                machine-readable output\n"
                        "  --version, --help\n"
                        "\n"
                        "Exit codes: 0 success, 1 other failure, 2 usage error, 3 wrong password, unknown user or\n"
                        "too many failed logins, 4 vault or file damaged, 5 permission denied, 6 verification\n"
                        "failed, 7 untrusted signer.\n"
                        "Run 'qingfeng-cli VERB --help' for the options of a verb.");

const Verb* findVerb(const QString& name)
{
    for (const Verb& verb : verbs())
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

bool isGroup(const QString& word)
{
    return word == QLatin1String("user") || word == QLatin1String("audit") || word == QLatin1String("archive") ||
           word == QLatin1String("trust") || word == QLatin1String("workstation") || word == QLatin1String("doc");
}

// The one place that loads translations for the CLI. An empty language follows the system locale. The catalog is
// a resource of qingfeng_translations, which the executable links; without it messages stay English.
void applyLanguage(const QString& language)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        installTranslations(*app, language);
}

void printError(QTextStream& err, const Error& error)
{
    err << CliText::tr("qingfeng-cli: %1").arg(error.message) << Qt::endl;
}

int usageError(QTextStream& err, const QString& message, const QString& verb)
{
    err << CliText::tr("qingfeng-cli: %1").arg(message) << "\n\n" << usageText(verb) << Qt::endl;
    return ExitUsage;
}

} // namespace

QString usageText(const QString& verb)
{
    if (const Verb* found = findVerb(verb))
        return CliText::tr(found->usage);
    if (isGroup(verb)) {
        QStringList lines;
        for (const Verb& candidate : verbs())
            if (QString::fromLatin1(candidate.name).startsWith(verb + u' '))
                lines << CliText::tr(candidate.usage).section(u'\n', 0, 0);
        return lines.join(u'\n');
    }
    return CliText::tr(kGeneralUsage);
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, PasswordSource& passwords)
{
    auto parsed = parseArguments(arguments);
    if (!parsed.ok()) {
        applyLanguage(QString());
        return usageError(err, parsed.message(), QString());
    }
    CliOptions& options = parsed.value();
    const QString language = options.value(QStringLiteral("lang"));
    if (options.has(QStringLiteral("lang")) && language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return usageError(err, CliText::tr("--lang takes zh_CN or en."), QString());
    applyLanguage(language);

    if (options.flag(QStringLiteral("version"))) {
        out << QStringLiteral("qingfeng-cli %1").arg(QStringLiteral(QF_VERSION)) << Qt::endl;
        return ExitOk;
    }
    QStringList words = options.positionals;
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        words.removeFirst();
        options.flags.insert(QStringLiteral("help"));
    }
    if (words.isEmpty()) {
        if (options.flag(QStringLiteral("help"))) {
            out << CliText::tr("qingfeng-cli %1: the command line of Qingfeng (清风)").arg(QStringLiteral(QF_VERSION))
                << "\n\n"
                << usageText() << Qt::endl;
            return ExitOk;
        }
        return usageError(err, CliText::tr("Give a verb."), QString());
    }
    QString name = words.takeFirst();
    if (isGroup(name)) {
        if (words.isEmpty()) {
            if (options.flag(QStringLiteral("help"))) {
                out << usageText(name) << Qt::endl;
                return ExitOk;
            }
            return usageError(err, CliText::tr("'%1' needs a sub-command.").arg(name), name);
        }
        name += u' ' + words.takeFirst();
    }
    const Verb* verb = findVerb(name);
    if (!verb)
        return usageError(err, CliText::tr("Unknown command '%1'.").arg(name.left(40)), QString());
    if (options.flag(QStringLiteral("help"))) {
        out << usageText(name) << Qt::endl;
        return ExitOk;
    }
    // A few verbs take one file name as a positional argument.
    static const QStringList takesInput = {QStringLiteral("archive verify"), QStringLiteral("archive inspect"),
                                           QStringLiteral("archive import"), QStringLiteral("trust add")};
    if (words.size() == 1 && takesInput.contains(name))
        options.values.insert(QStringLiteral("input"), words.takeFirst());
    // Stray words are not echoed: they may be a password typed where it does not belong.
    if (!words.isEmpty())
        return usageError(err,
                          CliText::tr("Unexpected extra argument (%n word(s)). Options start with --; passwords are "
                                      "never accepted as arguments.",
                                      nullptr, static_cast<int>(words.size())),
                          name);
    static const QStringList alwaysAllowed = {QStringLiteral("lang"), QStringLiteral("json"), QStringLiteral("help"),
                                              QStringLiteral("version")};
    for (const QString& option : options.given)
        if (!verb->options.contains(option) && !alwaysAllowed.contains(option))
            return usageError(err, CliText::tr("The option --%1 does not apply to '%2'.").arg(option, name), name);

    if (!crypto::ensureSodium()) {
        printError(err, makeError(ErrorCode::Failed, CliText::tr("The crypto library (libsodium) failed to start.")));
        return ExitFailure;
    }
    CliContext context(options, out, err, passwords);
    const Status outcome = verb->run(context);
    out.flush();
    if (outcome.ok())
        return ExitOk;
    if (outcome.code() == ErrorCode::Usage)
        return usageError(err, outcome.message(), name);
    Error error = outcome.error();
    if (error.code == ErrorCode::PermissionDenied)
        error.message += u' ' + CliText::tr("(Acting as %1 on %2. Ask an administrator if your role should allow "
                                            "this.)")
                                    .arg(options.value(QStringLiteral("user")), options.value(QStringLiteral("vault")));
    printError(err, error);
    return exitCodeFor(error.code);
}

} // namespace qf::cli
