#include "documents/NumberingRegistry.h"

#include "audit/AuditTrail.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qf::documents {

using storage::execute;
using storage::querySingleValue;

QString NumberingRegistry::defaultPattern(const QString& kind)
{
    if (kind == numberkinds::lead)
        return QStringLiteral("{agency}线〔{year}〕{seq:4}号");
    if (kind == numberkinds::caseFile)
        return QStringLiteral("{agency}案〔{year}〕{seq}号");
    return QStringLiteral("{agency}发〔{year}〕{seq}号");
}

QString NumberingRegistry::format(const QString& pattern, const QString& agency, int year, qint64 value)
{
    QString text = pattern;
    text.replace(QLatin1String("{agency}"), agency);
    text.replace(QLatin1String("{year}"), QString::number(year));
    static const QRegularExpression padded(QStringLiteral("\\{seq:(\\d)\\}"));
    const auto match = padded.match(text);
    if (match.hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("%1").arg(value, match.captured(1).toInt(), 10, QLatin1Char('0')));
    text.replace(QLatin1String("{seq}"), QString::number(value));
    return text;
}

Result<IssuedNumber> NumberingRegistry::issue(const QString& kind, int year, const QString& targetType,
                                              const QString& targetUid, const QString& actor)
{
    storage::SettingsRepository settings(m_db);
    auto agency = settings.value(QStringLiteral("numbering.agency"), QStringLiteral("苏纪"));
    if (!agency.ok())
        return agency.error();
    auto pattern = settings.value(QStringLiteral("numbering.pattern.") + kind, defaultPattern(kind));
    if (!pattern.ok())
        return pattern.error();

    IssuedNumber number{kind, year, agency.value(), 0, QString()};
    auto last = querySingleValue(m_db,
                                 QStringLiteral("SELECT last_value FROM number_sequence WHERE kind = ? AND year = ? "
                                                "AND agency = ?"),
                                 {kind, year, number.agency});
    if (!last.ok())
        return last.error();
    number.value = last->isNull() ? 1 : last->toLongLong() + 1;
    const QString sequenceSql = last->isNull()
                                    ? QStringLiteral("INSERT INTO number_sequence (last_value, kind, year, agency) "
                                                     "VALUES (?, ?, ?, ?)")
                                    : QStringLiteral("UPDATE number_sequence SET last_value = ? WHERE kind = ? AND "
                                                     "year = ? AND agency = ?");
    QF_TRY(execute(m_db, sequenceSql, {number.value, kind, year, number.agency}));
    number.text = format(pattern.value(), number.agency, year, number.value);
    QF_TRY(execute(
        m_db,
        QStringLiteral("INSERT INTO number_issued (kind, year, agency, value, text, target_type, "
                       "target_uid, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {kind, year, number.agency, number.value, number.text, targetType, targetUid, audit::nowUtcIso(), actor}));
    return number;
}

Status NumberingRegistry::voidNumber(const QString& text, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::documents", "Give a reason for voiding a number."));
    auto changed = execute(m_db,
                           QStringLiteral("UPDATE number_issued SET voided = 1, void_reason = ? WHERE text = ? AND "
                                          "voided = 0"),
                           {reason, text});
    if (!changed.ok())
        return changed.error();
    if (changed.value() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::documents", "No valid number %1 is registered.").arg(text));
    return {};
}

} // namespace qf::documents
