#include "audit/AuditTrail.h"
#include "audit/AuditVerifier.h"
#include "cli/CliText.h"
#include "cli/Commands.h"

#include <QJsonObject>

namespace qf::cli {

namespace {
constexpr qint64 kProgressEvery = 50000;
}

Status runAuditVerify(CliContext& context)
{
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    access::Session& session = *opened.value();
    QF_TRY(session.require(access::Permission::VerifyAudit));
    const QSqlDatabase db = session.database();
    auto head = audit::AuditTrail::head(db);
    if (!head.ok())
        return head.error();
    const qint64 total = head->count;
    QTextStream& err = context.err();
    auto progress = [&err, total](qint64 checked) {
        if (total < kProgressEvery)
            return;
        err << CliText::tr("Checked %1 of %2 audit entries...").arg(checked).arg(total) << Qt::endl;
    };
    const audit::AuditVerifier verifier(session.vault().auditKey());
    auto verified = verifier.verify(db, progress, nullptr, kProgressEvery);
    if (!verified.ok())
        return verified.error();
    const audit::AuditVerification& result = verified.value();

    // The check itself is recorded, so the trail shows who verified it and what they found.
    const QString summary =
        result.intact ? QStringLiteral("intact: %1 entries").arg(result.entriesChecked)
                      : QStringLiteral("broken at entry %1: %2").arg(result.brokenEntryId).arg(result.problem);
    if (!session.auditStandalone({QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), summary}).ok())
        context.warn(CliText::tr("The verification could not be recorded in the audit trail."));

    if (context.json()) {
        QJsonObject json{{QStringLiteral("vault"), session.vault().path()},
                         {QStringLiteral("intact"), result.intact},
                         {QStringLiteral("entries_checked"), result.entriesChecked}};
        if (result.intact) {
            json.insert(QStringLiteral("head_count"), result.head.count);
            json.insert(QStringLiteral("head_hash"), QString::fromLatin1(result.head.lastHash.toHex()));
            json.insert(QStringLiteral("last_at_utc"), result.head.lastAtUtc);
        } else {
            json.insert(QStringLiteral("broken_entry_id"), result.brokenEntryId);
            json.insert(QStringLiteral("problem"), result.problem);
        }
        context.printJson(QJsonDocument(json));
    } else if (result.intact) {
        context.out() << CliText::tr("The audit trail of %1 is intact: %2 entries checked.")
                             .arg(session.vault().path())
                             .arg(result.entriesChecked)
                      << '\n'
                      << CliText::tr("Head: entry %1 at %2 UTC, hash %3")
                             .arg(result.head.count)
                             .arg(result.head.lastAtUtc, QString::fromLatin1(result.head.lastHash.toHex()))
                      << Qt::endl;
    } else {
        context.out() << CliText::tr("The audit trail of %1 is BROKEN at entry %2: %3.")
                             .arg(session.vault().path())
                             .arg(result.brokenEntryId)
                             .arg(result.problem)
                      << '\n'
                      << CliText::tr("%1 entries before it are intact.").arg(result.entriesChecked) << Qt::endl;
    }
    if (result.intact)
        return {};
    return makeError(ErrorCode::VerificationFailed,
                     CliText::tr("Audit entry %1 in %2 fails verification (%3). The trail was changed outside "
                                 "Qingfeng. Keep the file as it is, report this to your security officer, and compare "
                                 "it with your latest backup.")
                         .arg(result.brokenEntryId)
                         .arg(session.vault().path(), result.problem));
}

} // namespace qf::cli
