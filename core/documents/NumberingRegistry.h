#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace qf::documents {

// A number handed out by the registry, e.g. 苏纪线〔2026〕0001号.
struct IssuedNumber
{
    QString kind;
    int year = 0;
    QString agency;
    qint64 value = 0;
    QString text;
};

// The numbering registry (文号登记): one sequence per kind, year and agency. A number is taken inside the caller's
// write transaction, so a rolled-back change gives its number back and committed numbers have no gaps; numbers
// that are given up after commit are voided, never reused.
class NumberingRegistry
{
public:
    explicit NumberingRegistry(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<IssuedNumber> issue(const QString& kind, int year, const QString& targetType, const QString& targetUid,
                               const QString& actor);
    Status voidNumber(const QString& text, const QString& reason);

    // Pattern placeholders: {agency}, {year}, {seq} and {seq:N} (zero-padded to N digits).
    static QString format(const QString& pattern, const QString& agency, int year, qint64 value);
    static QString defaultPattern(const QString& kind);

private:
    QSqlDatabase m_db;
};

namespace numberkinds {
inline const QString lead = QStringLiteral("lead");
inline const QString caseFile = QStringLiteral("case");
} // namespace numberkinds

} // namespace qf::documents
