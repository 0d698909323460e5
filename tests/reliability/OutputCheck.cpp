#include "OutputCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace qf::reliability {

bool isClearMessage(const QString& message)
{
    static const QRegularExpression rawSql(
        QStringLiteral("(^|:)\\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|WITH|BEGIN|COMMIT|ATTACH|DETACH)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // The technical detail may follow in brackets; what comes before it is what the user reads first.
    const QString sentence = message.section(u'(', 0, 0);
    return !sentence.trimmed().isEmpty() && !rawSql.match(sentence).hasMatch();
}

void checkOutputs(const SessionRun& run)
{
    const QDir out = QFileInfo(run.archivePath).dir();
    QStringList expected;
    if (run.exported)
        expected << QFileInfo(run.archivePath).fileName();
    if (QFileInfo::exists(run.backupDir))
        expected << QFileInfo(run.backupDir).fileName();
    expected.sort();
    const QStringList found = out.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    const QStringList sets = QDir(run.backupDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    INFO("output folder " << out.path().toStdString() << " holds: " << found.join(u' ').toStdString()
                          << "; backup sets: " << sets.join(u' ').toStdString());
    CHECK(found.join(u' ') == expected.join(u' '));
    CHECK(sets.size() == (run.backedUp ? 1 : 0));
    for (const QString& set : sets)
        CHECK_FALSE(set.endsWith(QLatin1String(".partial")));
}

} // namespace qf::reliability
